// Served from wwwroot so the Content-Security-Policy can forbid inline scripts (docs/decisions/0011-browser-security.md).
// Every <canvas data-consumption-chart='{"unit","labels","included","consumed","current"}'> becomes a bar chart of
// consumed vs included per cycle (Chart.js, vendored in /lib/chartjs); the current cycle's bar is marked "em andamento".
// The table under each chart holds the same numbers, so the page still reads without JavaScript.
(function () {
    if (typeof Chart === 'undefined') {
        return;
    }

    var closedColour = '#2563eb';
    var currentColour = '#f59e0b';
    var includedColour = '#9ca3af';

    document.querySelectorAll('canvas[data-consumption-chart]').forEach(function (canvas) {
        var data;
        try {
            data = JSON.parse(canvas.getAttribute('data-consumption-chart'));
        } catch (e) {
            return;
        }

        var hasAllowance = data.included.some(function (value) { return value !== null; });
        var datasets = [];
        if (hasAllowance) {
            datasets.push({ label: 'Incluído (' + data.unit + ')', data: data.included, backgroundColor: includedColour });
        }

        datasets.push({
            label: 'Consumido (' + data.unit + ')',
            data: data.consumed,
            backgroundColor: data.current.map(function (current) { return current ? currentColour : closedColour; }),
        });

        new Chart(canvas, {
            type: 'bar',
            data: { labels: data.labels, datasets: datasets },
            options: {
                animation: false,
                responsive: true,
                locale: 'pt-BR',
                scales: { y: { beginAtZero: true, title: { display: true, text: data.unit } } },
                plugins: { legend: { position: 'bottom' } },
            },
        });
    });
})();
