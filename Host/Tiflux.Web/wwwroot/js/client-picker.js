// Served from wwwroot so the Content-Security-Policy can forbid inline scripts (docs/decisions/0011-browser-security.md).
// Every client <select data-client-picker> becomes a searchable picker (Tom Select, vendored in /lib/tom-select).
// The search ignores accents and case (Tom Select's diacritics option); the options keep the server's order, which is
// pt-BR collation (PtBr.Collator), also while typing. Without JavaScript the plain <select> still works.
(function () {
    if (typeof TomSelect === 'undefined') {
        return;
    }

    document.querySelectorAll('select[data-client-picker]').forEach(function (select) {
        var multiple = select.multiple;
        new TomSelect(select, {
            plugins: multiple ? { remove_button: { title: 'Remover' } } : {},
            placeholder: 'Buscar cliente…',
            allowEmptyOption: !multiple,
            diacritics: true,
            maxOptions: null,
            // $order first: the server's order even while filtering (the score would otherwise come first).
            sortField: [{ field: '$order' }, { field: '$score' }],
            hidePlaceholder: false,
            closeAfterSelect: !multiple,
            render: {
                no_results: function () {
                    var div = document.createElement('div');
                    div.className = 'no-results';
                    div.textContent = 'Nenhum cliente encontrado';
                    return div;
                },
            },
        });
    });
})();
