namespace Panorama.Bench.Scenarios.Ui;

/// <summary>
/// Script run in the page before anything else: records when the first Gantt rows reach the DOM (milliseconds since
/// navigation start, as <c>performance.now()</c>) and every long task (PerformanceObserver 'longtask', over 50 ms).
/// </summary>
internal static class GanttProbe
{
    public const string InitScript = """
        (() => {
          window.__probe = { firstRows: null, longTasks: [] };
          new PerformanceObserver(list => {
            for (const e of list.getEntries()) window.__probe.longTasks.push({ start: e.startTime, duration: e.duration });
          }).observe({ type: 'longtask', buffered: true });
          const seen = () => {
            if (window.__probe.firstRows === null && document.querySelector('.g-row[data-index] .g-bar')) {
              window.__probe.firstRows = performance.now();
            }
          };
          new MutationObserver(seen).observe(document, { childList: true, subtree: true });
        })();
        """;

    /// <summary>Scrolls one screen a frame for <c>steps</c> frames, from the top.</summary>
    public const string ScrollScreens = """
        async (steps) => {
          const grid = document.querySelector('.g-scroller');
          for (let i = 0; i < steps; i++) {
            grid.scrollTop += grid.clientHeight;
            await new Promise(r => requestAnimationFrame(() => r()));
          }
        }
        """;

    /// <summary>Jumps to a row and resolves once that row is rendered; returns the milliseconds it took.</summary>
    public const string JumpTo = """
        async (index) => {
          const grid = document.querySelector('.g-scroller');
          const started = performance.now();
          grid.scrollTop = index * 28;
          while (!document.querySelector(`.g-row[data-index="${index}"]`)) {
            await new Promise(r => setTimeout(r, 5));
            if (performance.now() - started > 10000) return -1;
          }
          return performance.now() - started;
        }
        """;
}
