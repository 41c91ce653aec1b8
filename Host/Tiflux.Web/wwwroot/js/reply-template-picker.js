// "Inserir modelo" on the ticket page: each <select data-reply-template> becomes a searchable picker (Tom Select);
// choosing a template fetches it filled in with the ticket's values (the server escapes them and the template was
// sanitised when saved) and appends it to the Pell editor of its textarea. Without JavaScript the picker stays hidden.
(function () {
    'use strict';

    function insert(textarea, html) {
        var holder = textarea.previousElementSibling;
        var content = holder && holder.classList.contains('rich-editor') ? holder.querySelector('.pell-content') : null;
        if (content) {
            content.insertAdjacentHTML('beforeend', html);
            textarea.value = content.innerHTML;
            content.focus();
        } else {
            textarea.value = textarea.value + html;
        }
    }

    document.querySelectorAll('select[data-reply-template]').forEach(function (select) {
        var textarea = document.getElementById(select.getAttribute('data-target'));
        if (!textarea) {
            return;
        }

        select.closest('.reply-template-picker').hidden = false;
        var picker = typeof TomSelect === 'undefined' ? null : new TomSelect(select, { maxOptions: null });
        select.addEventListener('change', function () {
            var id = select.value;
            if (!id) {
                return;
            }

            fetch(select.getAttribute('data-url') + '&templateId=' + encodeURIComponent(id), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
                .then(function (response) { return response.ok ? response.json() : null; })
                .then(function (body) {
                    if (body && typeof body.html === 'string') {
                        insert(textarea, body.html);
                    }
                })
                .finally(function () {
                    if (picker) {
                        picker.clear(true);
                    } else {
                        select.value = '';
                    }
                });
        });
    });
})();
