// The checklist template form (/configuracoes/checklists): add, remove and reorder item rows. Served from wwwroot so
// the Content-Security-Policy can forbid inline scripts. The names Input.Fields[i].X are renumbered after each change,
// so the server binds the rows in the order shown. Without JavaScript the form still saves the rows it has.
(function () {
    var list = document.getElementById('checklist-field-rows');
    var add = document.getElementById('add-checklist-field');
    if (!list || !add) {
        return;
    }

    function renumber() {
        list.querySelectorAll('[data-field-row]').forEach(function (row, index) {
            row.querySelectorAll('[name^="Input.Fields["]').forEach(function (input) {
                input.name = input.name.replace(/^Input\.Fields\[\d+\]/, 'Input.Fields[' + index + ']');
            });
        });
    }

    add.addEventListener('click', function () {
        var rows = list.querySelectorAll('[data-field-row]');
        var copy = rows[rows.length - 1].cloneNode(true);
        copy.querySelectorAll('input[type="text"], input:not([type]), textarea').forEach(function (input) { input.value = ''; });
        copy.querySelectorAll('input[type="checkbox"]').forEach(function (input) { input.checked = false; });
        copy.querySelectorAll('select').forEach(function (select) { select.selectedIndex = 0; });
        copy.querySelectorAll('.field-error').forEach(function (span) { span.textContent = ''; });
        list.appendChild(copy);
        renumber();
    });

    list.addEventListener('click', function (event) {
        var button = event.target.closest('button');
        var row = button && button.closest('[data-field-row]');
        if (!row) {
            return;
        }

        if (button.hasAttribute('data-remove-row')) {
            if (list.querySelectorAll('[data-field-row]').length > 1) {
                row.remove();
            } else {
                row.querySelectorAll('input:not([type="checkbox"]), textarea').forEach(function (input) { input.value = ''; });
            }
        } else if (button.dataset.move === '-1' && row.previousElementSibling) {
            list.insertBefore(row, row.previousElementSibling);
        } else if (button.dataset.move === '1' && row.nextElementSibling) {
            list.insertBefore(row.nextElementSibling, row);
        }

        renumber();
    });
})();
