// Photodesk desk: keyboard navigation, selection, live arrivals, uploads and gallery ordering.
// No inline scripts (the pages' Content-Security-Policy forbids them); every request that writes carries the CSRF token.
(function () {
  'use strict';
  const csrf = () => (document.querySelector('meta[name="csrf-token"]') || {}).content || '';

  document.addEventListener('htmx:configRequest', e => { e.detail.headers['X-CSRF-Token'] = csrf(); });

  // ---- selection (kept per browser tab, so it survives paging) ----
  const SEL = 'pd-selection';
  const selection = () => new Set(JSON.parse(sessionStorage.getItem(SEL) || '[]'));
  const saveSelection = s => { sessionStorage.setItem(SEL, JSON.stringify([...s])); paintSelection(); };
  function paintSelection() {
    const s = selection();
    document.querySelectorAll('.card').forEach(c => {
      c.classList.toggle('selected', s.has(c.dataset.id));
      const mark = c.querySelector('.sel-mark');
      if (mark) mark.hidden = !s.has(c.dataset.id);
    });
    const count = document.getElementById('selected-count');
    if (count) { count.textContent = s.size; count.parentElement.hidden = s.size === 0; }
  }
  function toggle(card) {
    const s = selection();
    s.has(card.dataset.id) ? s.delete(card.dataset.id) : s.add(card.dataset.id);
    saveSelection(s);
  }

  /** Ctrl+A selects every photo on this page of the sheet (kept with any chosen on other pages); Ctrl+Shift+A clears. */
  function selectAll(on) {
    const s = on ? selection() : new Set();
    if (on) cards().forEach(c => s.add(c.dataset.id));
    saveSelection(s);
    toast(on ? s.size + ' selected' : 'Selection cleared');
  }

  // The skip link lands on the first photo of a sheet, or on the page's content elsewhere.
  document.addEventListener('click', e => {
    const skip = e.target.closest && e.target.closest('a.skip-link');
    if (!skip) return;
    const first = document.querySelector('#sheet .card');
    const target = first || document.getElementById('main');
    if (target) { target.focus(); e.preventDefault(); }
  });

  // ---- keyboard navigation on the contact sheet ----
  function cards() { return [...document.querySelectorAll('#sheet .card')]; }
  function columns(list) {
    if (list.length < 2) return 1;
    const top = list[0].offsetTop;
    const n = list.findIndex(c => c.offsetTop !== top);
    return n < 0 ? list.length : n;
  }
  // ---- preferences: thumbnail size and overlay, kept per user in this browser ----
  const user = () => document.body.dataset.user || '';
  const pref = (name, fallback) => localStorage.getItem('pd-' + name + ':' + user()) || fallback;
  const setPref = (name, value) => localStorage.setItem('pd-' + name + ':' + user(), value);
  function applySize(size) {
    document.body.classList.remove('size-s', 'size-m', 'size-l');
    document.body.classList.add('size-' + size);
    document.querySelectorAll('[data-size]').forEach(b => b.setAttribute('aria-pressed', String(b.dataset.size === size)));
  }
  function applyOverlay(on) {
    document.body.classList.toggle('no-overlay', !on);
    const b = document.getElementById('overlay-toggle');
    if (b) b.setAttribute('aria-pressed', String(on));
  }
  function setSize(size) { setPref('size', size); applySize(size); }
  function toggleOverlay() { const on = document.body.classList.contains('no-overlay'); setPref('overlay', on ? 'on' : 'off'); applyOverlay(on); }

  // ---- toasts: what a key did, with Undo ----
  function toast(text, undo, failed) {
    const box = document.getElementById('toasts');
    if (!box) return;
    const t = document.createElement('div');
    t.className = 'toast' + (failed ? ' failed' : '');
    const span = document.createElement('span');
    span.textContent = text;
    t.append(span);
    if (undo) {
      const b = document.createElement('button');
      b.type = 'button'; b.textContent = 'Undo';
      b.addEventListener('click', () => { t.remove(); undo(); });
      t.append(b);
    }
    box.append(t);
    while (box.children.length > 3) box.firstElementChild.remove();
    setTimeout(() => t.remove(), 8000);
    // A mark's Undo carries the number of its key press: the toast of an earlier key, answered late, never takes
    // Ctrl+Z away from a later one.
    if (undo && !(undo.seq < keySeq)) lastUndo = undo;
  }
  let lastUndo = null;
  let keySeq = 0;

  // ---- marks: rating, colour label, tag; each key saves at once through the edit API ----
  const COLOURS = { '6': 'select', '7': 'second', '8': 'approved', '9': 'review' };
  const TAG = 'tagged';
  const versions = {};
  let writes = Promise.resolve();
  const splitLabels = text => (text || '').split(',').map(l => l.trim()).filter(Boolean);
  // What the keys pressed on a photo will have made of it once their saves (still on their way) are done: the next
  // key and its Undo start from there, not from a card that has not been fetched again yet.
  const intended = {};
  const pending = {};
  function state(id) {
    const el = loupeOpenOn(id) || document.getElementById('photo-' + id);
    if (!el) return null;
    const shown = { version: Number(versions[id] || el.dataset.version), rating: Number(el.dataset.rating), labels: splitLabels(el.dataset.labels) };
    return intended[id] ? Object.assign(shown, intended[id]) : shown;
  }
  function intend(id, field, value) {
    const i = intended[id] || (intended[id] = {});
    if (field === 'rating') i.rating = Number(value); else i.labels = splitLabels(value);
    pending[id] = (pending[id] || 0) + 1;
  }
  function settled(id, ok) {
    pending[id] -= 1;
    if (!ok || pending[id] === 0) delete intended[id];
  }
  // What undoing a key makes of the photo as it is now: only that key's own change is taken back, so the Undo of an
  // earlier key's toast never wipes what later keys did. Labels: those the key added are removed and those it
  // removed come back. Rating: put back only while the photo still has the rating the key gave; else nothing.
  const lower = l => l.toLowerCase();
  function undone(id, field, value, before) {
    const s = state(id);
    if (!s) return null;
    if (field === 'rating') return String(s.rating) === String(value) ? { now: String(s.rating), to: before } : null;
    const was = splitLabels(before).map(lower), made = splitLabels(value).map(lower);
    const added = made.filter(l => !was.includes(l)), removed = splitLabels(before).filter(l => !made.includes(lower(l)));
    const to = s.labels.filter(l => !added.includes(lower(l)));
    removed.forEach(l => { if (!to.some(t => lower(t) === lower(l))) to.push(l); });
    const now = s.labels.join(', '), next = to.join(', ');
    return now === next ? null : { now: now, to: next };
  }
  function save(id, field, value, before, said) {
    const seq = said === 'Undone' ? keySeq : ++keySeq;
    const undo = () => {
      const u = undone(id, field, value, before);
      if (!u) { toast('Nothing to undo: later keys changed this (photo ' + id + ')'); return Promise.resolve(); }
      return save(id, field, u.to, u.now, 'Undone');
    };
    undo.seq = seq;
    // Ctrl+Z undoes the last key at once, even while its save is still on its way (saves run one after another).
    if (said !== 'Undone') lastUndo = undo;
    intend(id, field, value);
    writes = writes.then(() => send(id, field, value, undo, said), () => send(id, field, value, undo, said));
    return writes;
  }
  async function send(id, field, value, undo, said) {
    const s = state(id);
    let res;
    try {
      res = await fetch('/api/photos/' + id + '/edits', {
        method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf() },
        body: JSON.stringify({ field: field, value: value, version: s ? s.version : null })
      });
    } catch (e) {
      settled(id, false);
      toast('Not saved: the desk did not answer; try again', null, true);
      return;
    }
    const body = await res.json().catch(() => ({}));
    if (!res.ok) {
      settled(id, false);
      toast((res.status === 409 ? 'Not saved: ' : 'Not saved (' + res.status + '): ') + (body.detail || 'try again'), null, true);
      await refresh(id);
      return;
    }
    versions[id] = body.version;
    if (said) toast(said + ' (photo ' + id + ')', undo);
    // What the keys will have made of the photo stays the next key's start until the card shows it.
    try { await refresh(id); } finally { settled(id, true); }
  }
  /**
   * True when a fetched card is older than the one on the page: an edit's own refresh and the live push of an earlier
   * change both fetch the card, and the earlier answer may land last; it must never put back a stale rating or label.
   */
  function older(card, onPage) {
    const fetched = Number(card.dataset.version), shown = Number(onPage.dataset.version);
    return Number.isFinite(fetched) && Number.isFinite(shown) && fetched < shown;
  }
  async function refresh(id) {
    const old = document.getElementById('photo-' + id);
    if (old) {
      const res = await fetch('/cards?ids=' + id, { headers: { 'Accept': 'text/html' } });
      if (res.ok) {
        const tpl = document.createElement('template');
        tpl.innerHTML = await res.text();
        const card = tpl.content.querySelector('.card');
        const now = document.getElementById('photo-' + id);
        if (card && now && !older(card, now)) {
          const focused = document.activeElement === now;
          now.replaceWith(card);
          if (focused) card.focus();
          paintSelection();
        }
      }
    }
    if (loupeOpenOn(id)) await showLoupe(id);
  }
  function mark(id, key) {
    const s = state(id);
    if (!s) return;
    if (key >= '0' && key <= '5') {
      const n = Number(key);
      save(id, 'rating', String(n), String(s.rating), n === 0 ? 'Rating cleared' : 'Rated ' + '★'.repeat(n));
    } else if (COLOURS[key]) {
      const name = COLOURS[key];
      const had = s.labels.some(l => l.toLowerCase() === name);
      const rest = s.labels.filter(l => !Object.values(COLOURS).includes(l.toLowerCase()));
      const after = had ? rest : rest.concat([name]);
      save(id, 'labels', after.join(', '), s.labels.join(', '), had ? 'Label ' + name + ' removed' : 'Labelled ' + name);
    } else if (key === 't') {
      const had = s.labels.some(l => l.toLowerCase() === TAG);
      const after = had ? s.labels.filter(l => l.toLowerCase() !== TAG) : s.labels.concat([TAG]);
      save(id, 'labels', after.join(', '), s.labels.join(', '), had ? 'Untagged' : 'Tagged');
    }
  }

  // ---- the loupe, compare and the keys list ----
  const dialogOpen = id => { const d = document.getElementById(id); return d && !d.hidden ? d : null; };
  function loupeOpenOn(id) {
    const d = dialogOpen('loupe');
    const body = d && d.querySelector('.loupe-body');
    return body && body.dataset.id === String(id) ? body : null;
  }
  let returnFocus = null;
  async function showLoupe(id) {
    const res = await fetch('/photos/' + id + '/loupe', { headers: { 'Accept': 'text/html' } });
    if (!res.ok) { toast('The photo could not be opened (' + res.status + ')', null, true); return; }
    const d = document.getElementById('loupe');
    const tpl = document.createElement('template');
    tpl.innerHTML = await res.text();
    document.getElementById('loupe-content').replaceChildren(tpl.content);
    if (d.hidden) { returnFocus = document.activeElement; d.hidden = false; }
    d.focus();
  }
  function loupeStep(delta) {
    const body = document.querySelector('#loupe .loupe-body');
    if (!body) return;
    const list = cards(), i = list.findIndex(c => c.dataset.id === body.dataset.id), j = i + delta;
    if (j >= 0 && j < list.length) { returnFocus = list[j]; showLoupe(list[j].dataset.id); }
  }
  function closeDialogs() {
    ['loupe', 'compare', 'keys-help'].forEach(id => { const d = document.getElementById(id); if (d) d.hidden = true; });
    ['loupe-content', 'compare-content'].forEach(id => { const c = document.getElementById(id); if (c) c.replaceChildren(); });
    if (returnFocus && returnFocus.isConnected) returnFocus.focus();
    else if (returnFocus && returnFocus.id) { const again = document.getElementById(returnFocus.id); if (again) again.focus(); }
  }
  async function compare() {
    const here = cards().map(c => c.dataset.id);
    const ids = [...selection()].filter(id => here.includes(id));
    if (ids.length < 2 || ids.length > 4) { toast('Select 2 to 4 photos with Space to compare them (' + ids.length + ' selected)', null, true); return; }
    const res = await fetch('/compare?ids=' + ids.join(','), { headers: { 'Accept': 'text/html' } });
    if (!res.ok) return;
    const tpl = document.createElement('template');
    tpl.innerHTML = await res.text();
    document.getElementById('compare-content').replaceChildren(tpl.content);
    const d = document.getElementById('compare');
    returnFocus = document.activeElement; d.hidden = false; d.focus();
  }
  function help() {
    const d = document.getElementById('keys-help');
    if (!d) return;
    returnFocus = document.activeElement; d.hidden = false; d.focus();
  }

  function typing(e) {
    const t = e.target;
    return t && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));
  }
  function onKey(e) {
    if (!document.getElementById('sheet') || typing(e) || e.altKey || e.metaKey) return;
    if (e.ctrlKey) {
      if (e.key === 'z' && lastUndo) { const u = lastUndo; lastUndo = null; u(); e.preventDefault(); }
      else if ((e.key === 'a' || e.key === 'A') && !dialogOpen('loupe')) { selectAll(!e.shiftKey); e.preventDefault(); }
      return;
    }
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    if (key === '/' && !dialogOpen('loupe') && !dialogOpen('compare')) {
      const q = document.getElementById('q');
      if (q) { q.focus(); q.select(); e.preventDefault(); }
      return;
    }
    const canEdit = document.getElementById('sheet').dataset.canEdit === 'true';
    if (key === 'Escape') { if (dialogOpen('loupe') || dialogOpen('compare') || dialogOpen('keys-help')) { closeDialogs(); e.preventDefault(); } return; }
    if (key === '?') { help(); e.preventDefault(); return; }
    if (dialogOpen('keys-help') || dialogOpen('compare')) return;
    const loupe = document.querySelector('#loupe:not([hidden]) .loupe-body');
    if (loupe) {
      if (e.target.closest && e.target.closest('.loupe-bar button')) { if (key === 'Enter' || key === ' ') return; }
      if (key === 'ArrowRight' || key === 'ArrowDown') { loupeStep(1); e.preventDefault(); }
      else if (key === 'ArrowLeft' || key === 'ArrowUp') { loupeStep(-1); e.preventDefault(); }
      else if (key === 'Enter') { window.location.href = '/photos/' + loupe.dataset.id; e.preventDefault(); }
      else if (canEdit && /^[0-9t]$/.test(key)) { mark(loupe.dataset.id, key); e.preventDefault(); }
      return;
    }
    const card = e.target.closest && e.target.closest('#sheet .card');
    if (key === 's' || key === 'm' || key === 'l') { setSize(key); e.preventDefault(); return; }
    if (key === 'i') { toggleOverlay(); e.preventDefault(); return; }
    if (key === 'c') { compare(); e.preventDefault(); return; }
    if (!card) {
      // From anywhere else on the page, an arrow or Home starts on the first photo.
      if (['ArrowRight', 'ArrowDown', 'Home'].includes(key) && cards().length) { cards()[0].focus(); e.preventDefault(); }
      return;
    }
    const list = cards(), i = list.indexOf(card), cols = columns(list);
    const go = j => { if (j >= 0 && j < list.length) { list[j].focus(); list[j].scrollIntoView({ block: 'nearest' }); } e.preventDefault(); };
    switch (key) {
      case 'ArrowRight': go(i + 1); break;
      case 'ArrowLeft': go(i - 1); break;
      case 'ArrowDown': go(i + cols); break;
      case 'ArrowUp': go(i - cols); break;
      case 'Home': go(0); break;
      case 'End': go(list.length - 1); break;
      case 'Enter': if (e.target === card) { showLoupe(card.dataset.id); e.preventDefault(); } break;
      case ' ': toggle(card); e.preventDefault(); break;
      default: if (canEdit && /^[0-9t]$/.test(key)) { mark(card.dataset.id, key); e.preventDefault(); }
    }
  }
  function sheetControls() {
    applySize(pref('size', 'm'));
    applyOverlay(pref('overlay', 'on') === 'on');
    document.querySelectorAll('[data-size]').forEach(b => b.addEventListener('click', () => setSize(b.dataset.size)));
    const overlay = document.getElementById('overlay-toggle');
    if (overlay) overlay.addEventListener('click', toggleOverlay);
    const keys = document.getElementById('keys-button');
    if (keys) keys.addEventListener('click', help);
    document.addEventListener('click', e => {
      const b = e.target.closest('[data-loupe],[data-compare],[data-help]');
      if (!b) return;
      const what = b.dataset.loupe || b.dataset.compare || b.dataset.help;
      if (what === 'prev') loupeStep(-1); else if (what === 'next') loupeStep(1); else closeDialogs();
    });
    document.addEventListener('dblclick', e => { const c = e.target.closest('#sheet .card'); if (c) { e.preventDefault(); showLoupe(c.dataset.id); } });
    // The sheet's order, for Ctrl+Enter on a photo page ("save and next").
    sessionStorage.setItem('pd-order', JSON.stringify(cards().map(c => c.dataset.id)));
  }

  // ---- the photo page: one Save for every field; Ctrl+Enter saves and opens the next photo of the sheet ----
  function fieldsForm(form) {
    form.addEventListener('keydown', e => {
      if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey)) return;
      e.preventDefault();
      const order = JSON.parse(sessionStorage.getItem('pd-order') || '[]');
      const i = order.indexOf(form.dataset.id);
      form.elements.next.value = i >= 0 && i + 1 < order.length ? order[i + 1] : '';
      form.requestSubmit();
    });
  }
  function localTimes() {
    document.querySelectorAll('time.local-time[datetime]').forEach(t => {
      const d = new Date(t.getAttribute('datetime'));
      if (!isNaN(d)) t.textContent = d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
    });
  }

  // ---- a gallery in one step, from the selection or the search ----
  function quickGallery(form) {
    form.addEventListener('submit', e => {
      if (!e.submitter || e.submitter.value !== 'selection') return;
      const ids = [...selection()];
      if (!ids.length) { e.preventDefault(); toast('Select photos with Space (or Ctrl+click) first', null, true); return; }
      form.elements.ids.value = ids.join(',');
      sessionStorage.removeItem(SEL);
    });
  }

  // ---- live arrivals: the server pushes changed ids; new cards are fetched and put in place ----
  function live(layout) {
    const since = layout.dataset.since;
    const source = new EventSource('/changes?since=' + encodeURIComponent(since));
    source.addEventListener('photos', async ev => {
      const ids = ev.data.split(',').filter(Boolean);
      if (layout.dataset.live !== 'true') {
        const fresh = ids.filter(id => !document.getElementById('photo-' + id));
        if (fresh.length) document.getElementById('live-note').hidden = false;
        return;
      }
      const res = await fetch('/cards?ids=' + ids.join(','), { headers: { 'Accept': 'text/html' } });
      if (!res.ok) return;
      const tpl = document.createElement('template');
      tpl.innerHTML = await res.text();
      const sheet = document.getElementById('sheet');
      let added = 0;
      [...tpl.content.querySelectorAll('.card')].reverse().forEach(card => {
        const old = document.getElementById(card.id);
        if (old && older(card, old)) return;
        if (old) {
          const focused = document.activeElement === old;
          old.replaceWith(card);
          if (focused) card.focus();
        } else { sheet.prepend(card); added++; card.classList.add('arrived'); }
      });
      const total = document.getElementById('total');
      if (total && added) total.textContent = String(Number(total.textContent) + added);
      paintSelection();
    });
    window.addEventListener('beforeunload', () => source.close());
  }

  // ---- uploads: one request per file, with its own progress bar ----
  function upload(file) {
    const list = document.getElementById('uploads');
    const li = document.createElement('li');
    const name = document.createElement('span');
    name.className = 'name'; name.textContent = file.name;
    const bar = document.createElement('progress');
    bar.max = 100; bar.value = 0;
    const status = document.createElement('span');
    status.className = 'status'; status.textContent = 'uploading';
    li.append(name, bar, status);
    list.append(li);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/uploads?name=' + encodeURIComponent(file.name));
    xhr.setRequestHeader('X-CSRF-Token', csrf());
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.upload.addEventListener('progress', e => { if (e.lengthComputable) bar.value = Math.round(100 * e.loaded / e.total); });
    xhr.addEventListener('load', () => {
      let body = {};
      try { body = JSON.parse(xhr.responseText); } catch (ignored) { /* not JSON */ }
      bar.value = 100;
      status.textContent = body.outcome ? body.outcome + (body.reason ? ': ' + body.reason : '') : (body.detail || 'failed (' + xhr.status + ')');
      li.className = xhr.status < 300 ? 'done' : 'failed';
    });
    xhr.addEventListener('error', () => { status.textContent = 'failed: the connection broke'; li.className = 'failed'; });
    xhr.send(file);
  }
  function uploads() {
    const zone = document.getElementById('dropzone');
    if (!zone) return;
    ['dragenter', 'dragover'].forEach(t => document.addEventListener(t, e => {
      if (e.dataTransfer && [...e.dataTransfer.types].includes('Files')) { e.preventDefault(); zone.classList.add('over'); }
    }));
    document.addEventListener('dragleave', e => { if (!e.relatedTarget) zone.classList.remove('over'); });
    document.addEventListener('drop', e => {
      if (!e.dataTransfer || !e.dataTransfer.files.length) return;
      e.preventDefault(); zone.classList.remove('over');
      [...e.dataTransfer.files].forEach(upload);
    });
    document.getElementById('file-input').addEventListener('change', e => { [...e.target.files].forEach(upload); e.target.value = ''; });
  }

  // ---- add the selection to a gallery ----
  function addToGallery(form) {
    form.addEventListener('submit', e => {
      const ids = [...selection()];
      if (!ids.length) { e.preventDefault(); form.classList.add('nothing'); return; }
      form.action = form.dataset.actionPrefix + encodeURIComponent(form.elements.gallery.value) + '/add';
      form.elements.ids.value = ids.join(',');
      sessionStorage.removeItem(SEL);
    });
  }

  // ---- gallery editor: drag and drop with SortableJS, Alt+Up/Down with the keyboard ----
  function galleryOrder(list) {
    const status = document.getElementById('order-status');
    // One save at a time, each carrying the revision the one before it produced.
    let queue = Promise.resolve();
    const save = () => { queue = queue.then(saveNow, saveNow); return queue; };
    const saveNow = async () => {
      const ids = [...list.querySelectorAll('.gallery-item')].map(li => Number(li.dataset.id));
      status.textContent = 'Saving order…';
      const res = await fetch('/api/galleries/' + list.dataset.gallery + '/photos', {
        method: 'PUT', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf() },
        body: JSON.stringify({ photoIds: ids, revision: Number(list.dataset.revision) })
      });
      const body = await res.json().catch(() => ({}));
      if (res.ok) {
        // Every form on the page now writes on top of the order just saved.
        list.dataset.revision = body.revision;
        document.querySelectorAll('input[name="revision"]').forEach(input => { input.value = body.revision; });
      }
      status.textContent = res.ok ? 'Order saved.' : res.status === 409 ? body.detail
        : 'The order could not be saved (' + res.status + '): reload and try again.';
      list.dataset.saved = res.ok ? ids.join(',') : '';
    };
    if (list.dataset.editable !== 'true') return;
    if (window.Sortable) Sortable.create(list, { animation: 120, onEnd: save });
    list.addEventListener('keydown', e => {
      const item = e.target.closest('.gallery-item');
      if (!item || !e.altKey) return;
      if (e.key === 'ArrowUp' && item.previousElementSibling) { item.previousElementSibling.before(item); }
      else if (e.key === 'ArrowDown' && item.nextElementSibling) { item.nextElementSibling.after(item); }
      else return;
      e.preventDefault(); item.focus(); save();
    });
  }

  // What templates.js uses: the toasts (so that Ctrl+Z undoes its batches too), card refresh and the selection.
  window.pdDesk = { toast: toast, refresh: refresh, selection: selection };

  document.addEventListener('DOMContentLoaded', () => {
    document.addEventListener('keydown', onKey);
    if (document.getElementById('sheet')) sheetControls();
    const fields = document.getElementById('fields-form');
    if (fields) fieldsForm(fields);
    localTimes();
    const quick = document.getElementById('quick-gallery');
    if (quick) quickGallery(quick);
    document.addEventListener('click', e => {
      const card = e.target.closest('#sheet .card');
      if (card && (e.ctrlKey || e.metaKey || e.shiftKey)) { e.preventDefault(); toggle(card); }
    });
    paintSelection();
    const layout = document.querySelector('.sheet-layout');
    if (layout) live(layout);
    uploads();
    const form = document.getElementById('add-to-gallery');
    if (form) addToGallery(form);
    const items = document.getElementById('gallery-items');
    if (items) galleryOrder(items);
  });
})();
