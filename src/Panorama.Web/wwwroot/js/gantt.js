// Pointer and keyboard handling of the Gantt component (Components/Gantt). The server renders; this module only
// turns gestures into whole-day changes and calls the component back:
//   drag a bar            -> BarMoved(rowId, days)
//   drag a bar's end grip -> BarResized(rowId, days)
//   drag from an end dot  -> LinkDrawn(fromId, fromFinish, toId, toFinish)
//   keys on the grid      -> Activate(index), Nudge(index, days, resize)
// While a drag is in flight the bar follows the pointer with a CSS transform; the server's next render replaces it.

const DRAG_THRESHOLD = 3;

export function attach(scroller, dotnet, options) {
  const state = { options, scroller, gesture: null, disposed: false };
  markReady(scroller, options);

  const onPointerDown = (e) => {
    if (e.button !== 0) return;
    const handle = e.target.closest('.g-link-handle');
    const grip = e.target.closest('.g-resize');
    const bar = e.target.closest('.g-bar');
    const row = e.target.closest('.g-row');
    if (row && !bar) {
      activate(state, dotnet, Number(row.dataset.index));
      return;
    }
    if (!bar) return;
    e.preventDefault();
    scroller.focus({ preventScroll: true });
    if (row) activate(state, dotnet, Number(row.dataset.index));
    const kind = handle ? 'link' : grip ? 'resize' : bar.classList.contains('editable') ? 'move' : null;
    if (!kind) return;
    state.gesture = { kind, bar, rowId: bar.dataset.rowId, x: e.clientX, y: e.clientY, moved: false, width: bar.offsetWidth,
      side: handle ? handle.dataset.side : null, line: null, pointerId: e.pointerId };
    bar.setPointerCapture(e.pointerId);
  };

  const onPointerMove = (e) => {
    const g = state.gesture;
    if (!g || e.pointerId !== g.pointerId) return;
    const dx = e.clientX - g.x;
    if (!g.moved && Math.abs(dx) < DRAG_THRESHOLD && Math.abs(e.clientY - g.y) < DRAG_THRESHOLD) return;
    g.moved = true;
    const dayWidth = state.options.dayWidth;
    const snapped = Math.round(dx / dayWidth) * dayWidth;
    if (g.kind === 'move') {
      g.bar.style.transform = `translateX(${snapped}px)`;
      g.bar.classList.add('dragging');
    } else if (g.kind === 'resize') {
      g.bar.style.setProperty('--g-drag-width', `${Math.max(dayWidth, g.width + snapped)}px`);
      g.bar.classList.add('dragging', 'resizing');
    } else {
      drawDraft(scroller, g, e);
    }
  };

  const onPointerUp = async (e) => {
    const g = state.gesture;
    if (!g || e.pointerId !== g.pointerId) return;
    state.gesture = null;
    if (g.bar.hasPointerCapture(e.pointerId)) g.bar.releasePointerCapture(e.pointerId);
    g.line?.remove();
    if (!g.moved) return;
    const days = Math.round((e.clientX - g.x) / state.options.dayWidth);
    try {
      if (g.kind === 'move' && days !== 0) {
        await dotnet.invokeMethodAsync('BarMoved', g.rowId, days);
      } else if (g.kind === 'resize' && days !== 0) {
        await dotnet.invokeMethodAsync('BarResized', g.rowId, days);
      } else if (g.kind === 'link') {
        const target = document.elementFromPoint(e.clientX, e.clientY)?.closest('.g-bar');
        if (target && target.dataset.rowId !== g.rowId) {
          const box = target.getBoundingClientRect();
          const toFinish = e.clientX >= box.left + box.width / 2;
          await dotnet.invokeMethodAsync('LinkDrawn', g.rowId, g.side === 'finish', target.dataset.rowId, toFinish);
        }
      }
    } finally {
      // The server has rendered the bar at its new place (or left it where it was): drop the drag's styling.
      clearDrag(g);
    }
  };

  const onPointerCancel = (e) => {
    const g = state.gesture;
    if (!g || e.pointerId !== g.pointerId) return;
    state.gesture = null;
    g.line?.remove();
    clearDrag(g);
  };

  const onKeyDown = (e) => {
    const o = state.options;
    if (o.total <= 0) return;
    const page = Math.max(1, Math.floor((scroller.clientHeight - o.headerHeight) / o.rowHeight) - 1);
    const current = o.active < 0 ? -1 : o.active;
    let next = null;
    if (e.altKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
      if (current >= 0) {
        e.preventDefault();
        dotnet.invokeMethodAsync('Nudge', current, e.key === 'ArrowLeft' ? -1 : 1, e.shiftKey);
      }
      return;
    }
    switch (e.key) {
      case 'ArrowDown': next = current + 1; break;
      case 'ArrowUp': next = current - 1; break;
      case 'PageDown': next = current + page; break;
      case 'PageUp': next = current - page; break;
      case 'Home': next = 0; break;
      case 'End': next = o.total - 1; break;
      default: return;
    }
    e.preventDefault();
    next = Math.max(0, Math.min(o.total - 1, next));
    activate(state, dotnet, next);
  };

  scroller.addEventListener('pointerdown', onPointerDown);
  scroller.addEventListener('pointermove', onPointerMove);
  scroller.addEventListener('pointerup', onPointerUp);
  scroller.addEventListener('pointercancel', onPointerCancel);
  scroller.addEventListener('keydown', onKeyDown);

  return {
    update(options) {
      state.options = options;
      markReady(scroller, options);
    },
    ensureVisible(index) { ensureVisible(scroller, state.options, index); },
    scrollToX(x) { scroller.scrollLeft = Math.max(0, x); },
    // Keeps the same date at the left edge of the timeline when the zoom changes.
    rescale(ratio) {
      const timelineLeft = Math.max(0, scroller.scrollLeft);
      scroller.scrollLeft = timelineLeft * ratio;
    },
    dispose() {
      state.disposed = true;
      delete scroller.dataset.keys;
      scroller.removeEventListener('pointerdown', onPointerDown);
      scroller.removeEventListener('pointermove', onPointerMove);
      scroller.removeEventListener('pointerup', onPointerUp);
      scroller.removeEventListener('pointercancel', onPointerCancel);
      scroller.removeEventListener('keydown', onKeyDown);
    },
  };
}

// Tells scripts and tests that keys now reach the rows: the handlers are attached and the row count is known.
function markReady(scroller, options) {
  scroller.dataset.keys = options.total > 0 ? 'ready' : 'waiting';
}

// Only what the drag added: the server owns the bar's left and width (its style attribute).
function clearDrag(g) {
  g.bar.style.transform = '';
  g.bar.style.removeProperty('--g-drag-width');
  g.bar.classList.remove('dragging', 'resizing');
}

function activate(state, dotnet, index) {
  state.options = { ...state.options, active: index };
  ensureVisible(state.scroller, state.options, index);
  dotnet.invokeMethodAsync('Activate', index);
}

function ensureVisible(scroller, o, index) {
  if (!scroller || index < 0) return;
  const top = o.headerHeight + index * o.rowHeight;
  const bottom = top + o.rowHeight;
  if (top - o.headerHeight < scroller.scrollTop) {
    scroller.scrollTop = top - o.headerHeight;
  } else if (bottom > scroller.scrollTop + scroller.clientHeight) {
    scroller.scrollTop = bottom - scroller.clientHeight;
  }
}

function drawDraft(scroller, g, e) {
  const content = scroller.firstElementChild;
  if (!g.line) {
    g.line = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    g.line.setAttribute('class', 'g-draft');
    g.line.innerHTML = '<line />';
    content.appendChild(g.line);
  }
  const origin = content.getBoundingClientRect();
  const barBox = g.bar.getBoundingClientRect();
  const x1 = (g.side === 'finish' ? barBox.right : barBox.left) - origin.left;
  const y1 = barBox.top + barBox.height / 2 - origin.top;
  const line = g.line.firstElementChild;
  line.setAttribute('x1', x1);
  line.setAttribute('y1', y1);
  line.setAttribute('x2', e.clientX - origin.left);
  line.setAttribute('y2', e.clientY - origin.top);
}
