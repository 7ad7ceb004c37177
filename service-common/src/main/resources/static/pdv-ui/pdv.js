/*
 * PDV pages' own script, loaded after htmx, its SSE extension and Chart.js. It
 *  - draws every <canvas data-chart> (layout/parts :: chart) and draws it again when htmx swaps it in;
 *  - focuses the error summary when a page opens with one, and moves to the field when a summary link is followed
 *    (the GOV.UK error-summary behaviour);
 *  - keeps what is scrolled to clear of the sticky banner slot (scroll-padding-top follows its height);
 *  - marks a live region whose server-sent-event stream is lost (class pdv-live--lost), so its .pdv-live-lost
 *    notice shows until the stream is back;
 *  - closes a page's streams when the page is left, and loads it again when "back" brings it out of the browser's
 *    back/forward cache.
 * Pages work without it: the chart's table, the links and the forms are all plain HTML.
 */
(function () {
    'use strict';

    var STYLES = {
        actual: { borderColor: '#1d70b8', backgroundColor: '#1d70b8', borderWidth: 3, pointRadius: 3, pointStyle: 'circle' },
        expected: { borderColor: '#484949', backgroundColor: '#484949', borderWidth: 2, borderDash: [8, 5], pointRadius: 0 },
        target: { borderColor: '#a4161a', backgroundColor: '#a4161a', borderWidth: 2, borderDash: [2, 3], pointRadius: 0 },
        bar: { type: 'bar', borderColor: '#1d70b8', backgroundColor: '#5694ca', borderWidth: 1 }
    };

    function formatter(spec) {
        var percent = spec.unit === 'percent';
        var numbers = new Intl.NumberFormat(spec.locale,
            percent ? { minimumFractionDigits: 1, maximumFractionDigits: 1 } : { maximumFractionDigits: 2 });
        return function (value) {
            if (value === null || value === undefined) {
                return '–';
            }
            var written = numbers.format(value);
            if (!percent) {
                return written;
            }
            return spec.locale === 'vi-VN' ? written + '\u00a0%' : written + '%';
        };
    }

    function draw(canvas) {
        if (!window.Chart) {
            return;
        }
        var spec = JSON.parse(canvas.getAttribute('data-chart'));
        var format = formatter(spec);
        var previous = window.Chart.getChart(canvas);
        if (previous) {
            previous.destroy();
        }
        new window.Chart(canvas, {
            type: 'line',
            data: {
                labels: spec.labels,
                datasets: spec.series.map(function (series) {
                    return Object.assign({ label: series.label, data: series.values, type: 'line', fill: false, tension: 0 },
                        STYLES[series.style] || STYLES.actual);
                })
            },
            options: {
                animation: false,
                responsive: true,
                maintainAspectRatio: false,
                locale: spec.locale,
                interaction: { mode: 'index', intersect: false },
                plugins: {
                    legend: { position: 'bottom', labels: { boxWidth: 28, boxHeight: 2, padding: 16 } },
                    tooltip: {
                        callbacks: {
                            label: function (context) {
                                return context.dataset.label + ': ' + format(context.parsed.y);
                            }
                        }
                    }
                },
                scales: {
                    y: { beginAtZero: true, ticks: { callback: function (value) { return format(value); } } }
                }
            }
        });
    }

    function within(root, selector) {
        var found = Array.prototype.slice.call(root.querySelectorAll ? root.querySelectorAll(selector) : []);
        if (root.matches && root.matches(selector)) {
            found.unshift(root);
        }
        return found;
    }

    function clearOfBanner() {
        var slot = document.querySelector('.pdv-banner-slot');
        if (slot) {
            document.documentElement.style.scrollPaddingTop = (slot.offsetHeight + 16) + 'px';
        }
    }

    function settle(root) {
        clearOfBanner();
        within(root, 'canvas[data-chart]').forEach(draw);
        within(root, '[data-pdv-error-summary]').forEach(function (summary) {
            summary.focus();
        });
    }

    if (window.Chart) {
        window.Chart.defaults.font.family = getComputedStyle(document.body || document.documentElement).fontFamily;
        window.Chart.defaults.font.size = 14;
        window.Chart.defaults.color = '#0b0c0c';
    }

    if (window.htmx) {
        // htmx:load fires for the page when htmx starts and for every piece of content it swaps in.
        document.addEventListener('htmx:load', function (event) {
            settle(event.target);
        });
    } else {
        document.addEventListener('DOMContentLoaded', function () {
            settle(document.body);
        });
    }

    window.addEventListener('resize', clearOfBanner);

    document.addEventListener('click', function (event) {
        var link = event.target.closest && event.target.closest('.pdv-error-summary a[href^="#"]');
        if (!link) {
            return;
        }
        var field = document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
        if (!field) {
            return;
        }
        event.preventDefault();
        var group = field.closest('.pdv-form-group, fieldset');
        var label = document.querySelector('label[for="' + CSS.escape(field.id) + '"]');
        (group || label || field).scrollIntoView();
        field.focus({ preventScroll: true });
    });

    document.addEventListener('htmx:sseError', function (event) {
        event.target.classList.add('pdv-live--lost');
    });
    document.addEventListener('htmx:sseOpen', function (event) {
        event.target.classList.remove('pdv-live--lost');
    });

    // Chromium keeps a page that was left in its back/forward cache with its live stream still open, and opens at
    // most six connections to one server: after six dashboard pages every request waited, for tens of seconds, until
    // one of those streams ended. So a page closes its streams when it is left (the SSE extension closes a stream when
    // its element is cleaned up), and one brought back from that cache is loaded again, with current figures.
    var STREAMS = '[sse-connect], [data-sse-connect]';
    window.addEventListener('pagehide', function () {
        if (window.htmx) {
            document.querySelectorAll(STREAMS).forEach(function (element) {
                window.htmx.trigger(element, 'htmx:beforeCleanupElement');
            });
        }
    });
    window.addEventListener('pageshow', function (event) {
        if (event.persisted && document.querySelector(STREAMS)) {
            window.location.reload();
        }
    });
}());
