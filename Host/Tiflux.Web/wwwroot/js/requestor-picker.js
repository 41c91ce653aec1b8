// Served from wwwroot so the Content-Security-Policy can forbid inline scripts (docs/decisions/0011-browser-security.md).
// Every <select data-requestor-picker> (the requestors of the chosen client) becomes a searchable picker (Tom Select,
// vendored in /lib/tom-select), searching name and e-mail without regard to accents or case. Without JavaScript the
// plain <select> still works.
(function () {
    if (typeof TomSelect === 'undefined') {
        return;
    }

    document.querySelectorAll('select[data-requestor-picker]').forEach(function (select) {
        new TomSelect(select, {
            placeholder: 'Buscar solicitante…',
            allowEmptyOption: true,
            diacritics: true,
            maxOptions: null,
            sortField: [{ field: '$order' }, { field: '$score' }],
            hidePlaceholder: false,
            closeAfterSelect: true,
            render: {
                no_results: function () {
                    var div = document.createElement('div');
                    div.className = 'no-results';
                    div.textContent = 'Nenhum solicitante encontrado';
                    return div;
                },
            },
        });
    });
})();
