// Served from wwwroot so the Content-Security-Policy can forbid inline scripts (docs/decisions/0011-browser-security.md).
// Finalize billing page: recomputes "Valor real" (total − desconto + juros) while the user types.
(function () {
    var form = document.getElementById('finalizar');
    if (!form) { return; }
    var total = parseFloat(form.dataset.total);
    var output = document.getElementById('valor-real');
    function parse(text) {
        var v = (text || '').replace(/R\$|\s/g, '');
        if (v === '') { return 0; }
        if (v.indexOf(',') >= 0) { v = v.replace(/\./g, '').replace(',', '.'); }
        else if ((v.match(/\./g) || []).length > 1 || /^\-?\d+\.\d{3}$/.test(v)) { v = v.replace(/\./g, ''); }
        var n = Number(v);
        return isNaN(n) ? null : n;
    }
    function money(n) {
        var s = Math.abs(n).toLocaleString('pt-BR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
        return (n < 0 ? '\u2212R$ ' : 'R$ ') + s;
    }
    function update() {
        var d = parse(form.elements['desconto'].value), j = parse(form.elements['juros'].value);
        output.textContent = (d === null || j === null) ? '—' : money(Math.round((total - d + j) * 100) / 100);
    }
    form.elements['desconto'].addEventListener('input', update);
    form.elements['juros'].addEventListener('input', update);
    update();
})();
