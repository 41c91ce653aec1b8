// Served from wwwroot so the Content-Security-Policy can forbid inline scripts (docs/decisions/0011-browser-security.md).
// Expediente forms (_BusinessHoursWeek): "Adicionar intervalo" copies the day's last row with a fresh Rows.Index key and
// blank times; "Remover" drops a row. Without JavaScript each day still offers one blank row.
// Holiday forms: <select data-desk-picker multiple> becomes a searchable picker (Tom Select, vendored in /lib/tom-select).
(function () {
    var week = document.querySelector('[data-business-week]');
    if (week) {
        var next = week.querySelectorAll('input[name="Hours.Rows.Index"]').length;
        week.querySelectorAll('[data-add-window]').forEach(function (button) {
            button.hidden = false;
            button.addEventListener('click', function () {
                var rows = button.parentElement.querySelector('.business-rows');
                var last = rows.querySelector('.business-row:last-child');
                if (!last) {
                    return;
                }
                var copy = last.cloneNode(true);
                var key = String(next++);
                copy.querySelectorAll('input').forEach(function (input) {
                    input.name = input.name.replace(/\[\d+\]/, '[' + key + ']');
                    if (input.name === 'Hours.Rows.Index') {
                        input.value = key;
                    } else if (input.type === 'checkbox') {
                        input.checked = false;
                    } else if (input.type !== 'hidden') {
                        input.value = '';
                    }
                });
                rows.appendChild(copy);
                copy.querySelector('input:not([type=hidden])').focus();
            });
        });
        week.addEventListener('click', function (event) {
            var remove = event.target.closest('[data-remove-window]');
            if (!remove) {
                return;
            }
            var row = remove.closest('.business-row');
            var rows = row.parentElement;
            if (rows.querySelectorAll('.business-row').length > 1) {
                row.remove();
            } else {
                row.querySelectorAll('input:not([type=hidden])').forEach(function (input) {
                    if (input.type === 'checkbox') {
                        input.checked = false;
                    } else {
                        input.value = '';
                    }
                });
            }
        });
    }

    if (typeof TomSelect === 'undefined') {
        return;
    }
    document.querySelectorAll('select[data-desk-picker]').forEach(function (select) {
        new TomSelect(select, {
            plugins: { remove_button: { title: 'Remover' } },
            placeholder: 'Todas as mesas',
            diacritics: true,
            maxOptions: null,
            hidePlaceholder: false,
        });
    });
})();
