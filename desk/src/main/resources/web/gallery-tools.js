// Photodesk gallery tools: the focus trap of the loupe and dialogs, the gallery editor's phone preview, and the
// collapsing of near-duplicate stacks on the contact sheet. Kept apart from desk.js; no inline scripts (the
// Content-Security-Policy forbids them).
(function () {
  'use strict';

  // ---- focus trap: Tab and Shift+Tab stay inside an open modal dialog (the loupe, compare, the keys list) ----
  const FOCUSABLE = 'a[href], area[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), '
    + 'select:not([disabled]), textarea:not([disabled]), iframe, [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';
  function openDialog() {
    const open = [...document.querySelectorAll('[role="dialog"][aria-modal="true"]')].filter(d => !d.hidden && d.getClientRects().length);
    return open.length ? open[open.length - 1] : null;
  }
  function focusables(dialog) {
    return [...dialog.querySelectorAll(FOCUSABLE)].filter(el => !el.closest('[hidden]') && el.getClientRects().length);
  }
  function trapTab(e) {
    if (e.key !== 'Tab' || e.altKey || e.ctrlKey || e.metaKey) return;
    const dialog = openDialog();
    if (!dialog) return;
    const list = focusables(dialog);
    const active = document.activeElement;
    if (!list.length) { e.preventDefault(); dialog.focus(); return; }
    const first = list[0], last = list[list.length - 1];
    const inside = dialog.contains(active);
    if (e.shiftKey && (!inside || active === first || active === dialog)) { e.preventDefault(); last.focus(); }
    else if (!e.shiftKey && (!inside || active === last)) { e.preventDefault(); first.focus(); }
  }
  function keepFocusIn(e) {
    const dialog = openDialog();
    if (!dialog || dialog.contains(e.target)) return;
    const list = focusables(dialog);
    (list[0] || dialog).focus();
  }

  // ---- phone preview: the page publishing writes now, in a 390 px frame ----
  function phonePreview(toggle) {
    const box = document.getElementById(toggle.getAttribute('aria-controls'));
    if (!box) return;
    toggle.addEventListener('click', () => {
      const open = box.hidden;
      box.hidden = !open;
      toggle.setAttribute('aria-expanded', String(open));
      const frame = box.querySelector('iframe');
      if (open && frame) frame.src = frame.dataset.src; // read again: the order or a caption may have changed
    });
  }

  // ---- near-duplicate stacks on the sheet: only the first card of each stack when collapsed ----
  const user = () => document.body.dataset.user || '';
  const pref = () => localStorage.getItem('pd-stacks:' + user()) === 'collapsed';
  const setPref = on => localStorage.setItem('pd-stacks:' + user(), on ? 'collapsed' : 'shown');
  const hidden = new Map(); // photo id -> { card, marker }
  function stackStatus(toggle) {
    let status = document.getElementById('stack-status');
    if (!status) {
      status = document.createElement('span');
      status.id = 'stack-status'; status.className = 'stack-status'; status.setAttribute('role', 'status');
      toggle.after(status);
    }
    status.textContent = hidden.size ? hidden.size + ' near-duplicate' + (hidden.size === 1 ? '' : 's') + ' hidden' : '';
  }
  function collapse(sheet) {
    const seen = new Set();
    [...sheet.querySelectorAll('.card')].forEach(card => {
      const mates = (card.dataset.similar || '').split(' ').filter(Boolean);
      if (mates.some(id => seen.has(id)) && !hidden.has(card.dataset.id)) {
        const marker = document.createComment('stack ' + card.dataset.id);
        const focused = document.activeElement === card;
        card.replaceWith(marker);
        hidden.set(card.dataset.id, { card: card, marker: marker });
        if (focused) { const head = sheet.querySelector('.card'); if (head) head.focus(); }
      }
      seen.add(card.dataset.id);
    });
  }
  function expand() {
    hidden.forEach(({ card, marker }) => { if (marker.isConnected && !document.getElementById(card.id)) marker.replaceWith(card); else marker.remove(); });
    hidden.clear();
  }
  function stacks(toggle, sheet) {
    const apply = on => {
      toggle.setAttribute('aria-pressed', String(on));
      if (on) collapse(sheet); else expand();
      stackStatus(toggle);
    };
    toggle.addEventListener('click', () => { const on = toggle.getAttribute('aria-pressed') !== 'true'; setPref(on); apply(on); });
    // Cards that arrive live (or are redrawn after a mark) are stacked as they come.
    new MutationObserver(() => { if (toggle.getAttribute('aria-pressed') === 'true') { collapse(sheet); stackStatus(toggle); } })
      .observe(sheet, { childList: true });
    apply(pref());
  }

  document.addEventListener('DOMContentLoaded', () => {
    document.addEventListener('keydown', trapTab, true);
    document.addEventListener('focusin', keepFocusIn);
    const phone = document.getElementById('phone-preview-toggle');
    if (phone) phonePreview(phone);
    const toggle = document.getElementById('stack-toggle');
    const sheet = document.getElementById('sheet');
    if (toggle && sheet) stacks(toggle, sheet);
  });
})();
