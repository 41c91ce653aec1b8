// Served from wwwroot so the Content-Security-Policy can forbid inline scripts (docs/decisions/0011-browser-security.md).
// Every <select data-catalog-item-picker> (a desk's service catalog items in option groups "Catálogo › Área") becomes a
// searchable picker (Tom Select, vendored in /lib/tom-select). The search covers the item and its group, without regard
// to accents or case; the server's order is kept. Without JavaScript the plain <select> still works.
(function () {
    if (typeof TomSelect === 'undefined') {
        return;
    }

    document.querySelectorAll('select[data-catalog-item-picker]').forEach(function (select) {
        // Tom Select keys option groups by a number: give each option its group's label so the search finds "Rede".
        var groups = {};
        select.querySelectorAll('optgroup').forEach(function (optgroup) {
            optgroup.querySelectorAll('option').forEach(function (option) {
                groups[option.value] = optgroup.label;
            });
        });
        var picker = new TomSelect(select, {
            placeholder: 'Buscar item do catálogo…',
            allowEmptyOption: true,
            diacritics: true,
            maxOptions: null,
            searchField: ['text', 'group'],
            lockOptgroupOrder: true,
            sortField: [{ field: '$order' }, { field: '$score' }],
            hidePlaceholder: false,
            closeAfterSelect: true,
            render: {
                no_results: function () {
                    var div = document.createElement('div');
                    div.className = 'no-results';
                    div.textContent = 'Nenhum item encontrado';
                    return div;
                },
            },
        });
        Object.keys(picker.options).forEach(function (value) {
            picker.options[value].group = groups[value] || '';
        });
    });
})();
