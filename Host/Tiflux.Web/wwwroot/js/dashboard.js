// Served from wwwroot so the Content-Security-Policy can forbid inline scripts (docs/decisions/0011-browser-security.md).
// Every <canvas data-dashboard-chart='{"labels","values",...}' data-chart-type="bar|doughnut"> on the Dashboard becomes
// a Chart.js chart (vendored in /lib/chartjs). The tables beside each chart hold the same numbers, so the page still
// reads without JavaScript (docs/decisions/0031-dashboard.md).
(function () {
    if (typeof Chart === 'undefined') {
        return;
    }

    var barColour = '#2563eb';
    // Atrasado, Expirando, No prazo, Pausado, Sem SLA: the colours of the SLA badges.
    var slaColours = ['#dc2626', '#f59e0b', '#16a34a', '#9ca3af', '#d1d5db'];
    var money = new Intl.NumberFormat('pt-BR', { style: 'currency', currency: 'BRL' });

    document.querySelectorAll('canvas[data-dashboard-chart]').forEach(function (canvas) {
        var data;
        try {
            data = JSON.parse(canvas.getAttribute('data-dashboard-chart'));
        } catch (e) {
            return;
        }

        var doughnut = canvas.getAttribute('data-chart-type') === 'doughnut';
        var options = { animation: false, responsive: true, locale: 'pt-BR', plugins: { legend: { display: doughnut, position: 'bottom' } } };
        if (!doughnut) {
            options.scales = { y: { beginAtZero: true } };
            if (data.money) {
                options.scales.y.ticks = { callback: function (value) { return money.format(value); } };
                options.plugins.tooltip = { callbacks: { label: function (item) { return money.format(item.raw); } } };
            }
        }

        new Chart(canvas, {
            type: doughnut ? 'doughnut' : 'bar',
            data: {
                labels: data.labels,
                datasets: [{ label: data.label || '', data: data.values, backgroundColor: doughnut ? slaColours : barColour }],
            },
            options: options,
        });
    });
})();
