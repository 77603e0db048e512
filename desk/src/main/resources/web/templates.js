// Photodesk desk: caption templates (the templates page's live preview, "Apply template" on the contact sheet) and
// roster code expansion while typing in the photo editor. Text from the server is always set with textContent, never
// as HTML. No inline scripts (the Content-Security-Policy forbids them); writes carry the CSRF token.
(function () {
  'use strict';
  const csrf = () => (document.querySelector('meta[name="csrf-token"]') || {}).content || '';
  const desk = () => window.pdDesk || {};
  function toast(text, undo, failed) {
    if (desk().toast) { desk().toast(text, undo, failed); return; }
    const box = document.getElementById('toasts');
    if (!box) return;
    const t = document.createElement('div');
    t.className = 'toast' + (failed ? ' failed' : '');
    t.textContent = text;
    box.append(t);
    setTimeout(() => t.remove(), 8000);
  }
  async function post(url, body) {
    const res = await fetch(url, {
      method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf() },
      body: JSON.stringify(body)
    });
    const json = await res.json().catch(() => ({}));
    return { ok: res.ok, status: res.status, body: json };
  }
  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }
  const plural = (n, one, many) => n + ' ' + (n === 1 ? one : many);

  // ---- the templates page: a live preview of the template being edited on one photo ----
  function rulesOf(form) {
    const rules = [];
    form.querySelectorAll('select[name^="mode-"]').forEach(s => {
      if (!s.value) return;
      const field = s.name.substring(5);
      const text = form.elements['text-' + field];
      rules.push({ field: field, mode: s.value, text: text ? text.value : '' });
    });
    return rules;
  }
  function changeList(changes) {
    const list = el('ul', 'template-changes');
    changes.forEach(c => {
      const li = el('li');
      li.append(el('strong', 'field', c.field + ': '));
      if (c.before) { li.append(el('del', null, c.before)); li.append(document.createTextNode(' → ')); }
      li.append(el('ins', null, c.after === null || c.after === undefined ? '(cleared)' : c.after));
      if (c.photoId !== undefined) li.prepend(el('span', 'photo-id', 'photo ' + c.photoId + ' · '));
      list.append(li);
    });
    return list;
  }
  function previewPage(form) {
    const out = document.getElementById('preview-result');
    const photo = document.getElementById('preview-photo');
    if (!out || !photo) return;
    let timer = null, seq = 0;
    async function show() {
      const id = Number(photo.value);
      out.replaceChildren();
      if (!id) { out.append(el('p', 'hint', 'Give a photo id to preview the template on.')); return; }
      const mine = ++seq;
      const r = await post('/api/templates/preview', { name: form.elements.name.value || 'preview', rules: rulesOf(form), photoId: id });
      if (mine !== seq) return;
      out.replaceChildren();
      if (!r.ok) { out.append(el('p', 'problem', r.body.detail || ('The preview failed (' + r.status + ').'))); return; }
      const p = r.body;
      if (p.problems.length) {
        const ul = el('ul', 'template-problems');
        p.problems.forEach(x => ul.append(el('li', 'problem', x.message)));
        out.append(ul);
      }
      out.append(el('p', 'summary', p.changes.length ? 'On photo ' + id + ' this template changes ' + plural(p.changes.length, 'field', 'fields') + ':'
        : 'On photo ' + id + ' this template changes nothing.'));
      if (p.changes.length) out.append(changeList(p.changes));
      p.warnings.forEach(w => out.append(el('p', 'warning', w)));
    }
    const later = () => { clearTimeout(timer); timer = setTimeout(show, 250); };
    form.addEventListener('input', later);
    form.addEventListener('change', later);
    photo.addEventListener('input', later);
    if (!photo.value && desk().selection) {
      const first = [...desk().selection()][0];
      if (first) photo.value = first;
    }
    show();
  }

  // ---- the contact sheet: apply a template to the selected photos, after a confirmation, with one Undo ----
  async function sheetApply(sheet) {
    if (sheet.dataset.canEdit !== 'true') return;
    const toolbar = document.querySelector('.sheet .toolbar');
    if (!toolbar) return;
    const res = await fetch('/api/templates', { headers: { 'Accept': 'application/json' } });
    if (!res.ok) return;
    const templates = await res.json();
    const box = el('span', 'template-apply');
    if (!templates.length) {
      const a = el('a', null, 'Make a caption template');
      a.href = '/templates';
      box.append(a);
      toolbar.append(box);
      return;
    }
    const select = el('select');
    select.id = 'template-select';
    select.setAttribute('aria-label', 'Caption template');
    templates.forEach(t => { const o = el('option', null, t.name); o.value = t.name; select.append(o); });
    const button = el('button', null, 'Apply template');
    button.type = 'button';
    button.id = 'apply-template';
    button.addEventListener('click', () => confirmApply(select.value));
    box.append(select, button);
    toolbar.append(box);
  }
  function selected() {
    return desk().selection ? [...desk().selection()].map(Number) : JSON.parse(sessionStorage.getItem('pd-selection') || '[]').map(Number);
  }
  async function confirmApply(name) {
    const ids = selected();
    if (!ids.length) { toast('Select photos with Space (or Ctrl+click) first, then apply the template', null, true); return; }
    const plan = await post('/api/templates/apply', { name: name, photoIds: ids, dryRun: true });
    if (!plan.ok) { toast('Template not applied: ' + (plan.body.detail || plan.status), null, true); return; }
    const b = plan.body;
    const dialog = el('dialog', 'template-confirm');
    dialog.id = 'template-confirm';
    dialog.setAttribute('aria-labelledby', 'template-confirm-title');
    const title = el('h2', null, 'Apply template “' + b.template + '”?');
    title.id = 'template-confirm-title';
    dialog.append(title);
    dialog.append(el('p', 'summary', plural(b.photos, 'photo', 'photos') + ' selected: ' + plural(b.fieldsChanged, 'field changes', 'fields change')
      + ' on ' + plural(b.photosChanged, 'photo', 'photos') + '.'));
    if (b.changes.length) dialog.append(changeList(b.changes.slice(0, 12)));
    if (b.changes.length > 12) dialog.append(el('p', 'hint', '… and ' + (b.changes.length - 12) + ' more.'));
    b.warnings.slice(0, 6).forEach(w => dialog.append(el('p', 'warning', w)));
    if (b.missing.length) dialog.append(el('p', 'warning', 'Not in the library any more: photos ' + b.missing.join(', ')));
    const bar = el('p', 'buttons');
    const yes = el('button', null, b.fieldsChanged ? 'Apply to ' + plural(b.photosChanged, 'photo', 'photos') : 'Nothing to apply');
    yes.type = 'button'; yes.id = 'template-confirm-apply'; yes.disabled = !b.fieldsChanged;
    const no = el('button', null, 'Cancel');
    no.type = 'button'; no.id = 'template-confirm-cancel';
    bar.append(yes, no);
    dialog.append(bar);
    document.body.append(dialog);
    const close = () => { dialog.close(); dialog.remove(); };
    no.addEventListener('click', close);
    dialog.addEventListener('cancel', () => dialog.remove());
    yes.addEventListener('click', async () => { close(); await apply(name, ids); });
    dialog.showModal();
    (b.fieldsChanged ? yes : no).focus();
  }
  async function refreshAll(changes) {
    const ids = [...new Set(changes.map(c => c.photoId))];
    for (const id of ids) if (desk().refresh) await desk().refresh(id);
  }
  async function apply(name, ids) {
    const r = await post('/api/templates/apply', { name: name, photoIds: ids, dryRun: false });
    if (!r.ok) { toast('Template not applied: ' + (r.body.detail || r.status), null, true); return; }
    const b = r.body;
    await refreshAll(b.changes);
    toast('Template “' + b.template + '” applied: ' + plural(b.fieldsChanged, 'field', 'fields') + ' on ' + plural(b.photosChanged, 'photo', 'photos'),
      b.changes.length ? () => undo(b) : null);
  }
  async function undo(batch) {
    const r = await post('/api/templates/revert', { changes: batch.changes });
    if (!r.ok) { toast('Not undone: ' + (r.body.detail || r.status), null, true); return; }
    await refreshAll(batch.changes);
    toast('Undone: ' + plural(r.body.reverted, 'field', 'fields') + ' put back'
      + (r.body.skipped ? ', ' + r.body.skipped + ' changed since and left alone' : ''), null, r.body.skipped > 0);
  }

  // ---- roster codes: \code\ becomes the roster's spelling as the closing backslash is typed; Ctrl+Z takes it back ----
  const CODE_BEFORE_CARET = /\\([A-Za-z0-9_-]{1,20})\\$/;
  function codeExpansion(form, codes) {
    const status = el('p', 'code-status hint');
    status.id = 'code-status';
    status.setAttribute('role', 'status');
    form.append(status);
    form.querySelectorAll('textarea, input:not([type]), input[type="text"]').forEach(field => {
      if (field.name === 'labels' || field.readOnly) return;
      field.addEventListener('input', e => {
        if (e.inputType !== 'insertText' || e.data !== '\\') return;
        const caret = field.selectionStart;
        const m = CODE_BEFORE_CARET.exec(field.value.substring(0, caret));
        if (!m) return;
        const name = codes[m[1].toLowerCase()];
        if (!name) { status.textContent = 'No roster code \\' + m[1] + '\\'; return; }
        const start = caret - m[0].length;
        field.setSelectionRange(start, caret);
        // insertText keeps the browser's own undo history, so Ctrl+Z gives back the code as typed.
        if (!document.execCommand('insertText', false, name)) {
          field.setRangeText(name, start, caret, 'end');
          field.dispatchEvent(new Event('input', { bubbles: true }));
        }
        status.textContent = '\\' + m[1] + '\\ → ' + name + ' (Ctrl+Z undoes)';
      });
    });
  }
  async function photoEditor(form) {
    const id = form.dataset.id;
    if (!id) return;
    const res = await fetch('/api/roster-codes?photo=' + encodeURIComponent(id), { headers: { 'Accept': 'application/json' } });
    if (!res.ok) return;
    const codes = (await res.json()).codes || {};
    if (Object.keys(codes).length) codeExpansion(form, codes);
  }

  document.addEventListener('DOMContentLoaded', () => {
    const form = document.getElementById('template-form');
    if (form) previewPage(form);
    const sheet = document.getElementById('sheet');
    if (sheet) sheetApply(sheet);
    const fields = document.getElementById('fields-form');
    if (fields) photoEditor(fields);
  });
})();
