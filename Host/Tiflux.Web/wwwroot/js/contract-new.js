// Served from wwwroot so the Content-Security-Policy can forbid inline scripts (docs/decisions/0011-browser-security.md).
// New contract page: shows only the fieldsets of the chosen type's modality; without JS all stay visible and the server ignores the rest.
(function () {
    var source = document.querySelector('[data-modality-source]');
    function apply() {
        var option = source.options[source.selectedIndex];
        var modality = option ? option.getAttribute('data-modality') : null;
        document.querySelectorAll('[data-modalities]').forEach(function (el) {
            el.hidden = !modality || el.getAttribute('data-modalities').split(' ').indexOf(modality) < 0;
        });
    }
    source.addEventListener('change', apply);
    apply();
})();
