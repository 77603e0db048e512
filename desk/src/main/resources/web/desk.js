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
      c.setAttribute('aria-selected', s.has(c.dataset.id) ? 'true' : 'false');
    });
    const count = document.getElementById('selected-count');
    if (count) { count.textContent = s.size; count.parentElement.hidden = s.size === 0; }
  }
  function toggle(card) {
    const s = selection();
    s.has(card.dataset.id) ? s.delete(card.dataset.id) : s.add(card.dataset.id);
    saveSelection(s);
  }

  // ---- keyboard navigation on the contact sheet ----
  function cards() { return [...document.querySelectorAll('#sheet .card')]; }
  function columns(list) {
    if (list.length < 2) return 1;
    const top = list[0].offsetTop;
    const n = list.findIndex(c => c.offsetTop !== top);
    return n < 0 ? list.length : n;
  }
  function onSheetKey(e) {
    const card = e.target.closest && e.target.closest('#sheet .card');
    if (!card) return;
    const list = cards(), i = list.indexOf(card), cols = columns(list);
    const go = j => { if (j >= 0 && j < list.length) { list[j].focus(); e.preventDefault(); } };
    switch (e.key) {
      case 'ArrowRight': go(i + 1); break;
      case 'ArrowLeft': go(i - 1); break;
      case 'ArrowDown': go(i + cols); break;
      case 'ArrowUp': go(i - cols); break;
      case 'Enter': window.location.href = '/photos/' + card.dataset.id; e.preventDefault(); break;
      case ' ': toggle(card); e.preventDefault(); break;
    }
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
        if (old) { old.replaceWith(card); } else { sheet.prepend(card); added++; card.classList.add('arrived'); }
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

  document.addEventListener('DOMContentLoaded', () => {
    document.addEventListener('keydown', onSheetKey);
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
