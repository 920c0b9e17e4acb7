// Upload with a progress bar per file, and drag and drop. Without JavaScript the form posts to
// /plans/upload and the server lists the outcomes; with it, each file goes to POST /api/plans on its
// own (the session cookie signs it in, the CSRF header proves it came from this page), so one
// refused file never holds up the others and its reason is shown beside it.
(function () {
  'use strict';

  var form = document.getElementById('upload-form');
  if (!form || !window.FormData || !window.XMLHttpRequest) {
    return;
  }
  var input = document.getElementById('file');
  var zone = document.getElementById('drop-zone');
  var list = document.getElementById('upload-list');
  var progress = document.getElementById('upload-progress');
  var summary = document.getElementById('upload-summary');
  var csrf = form.querySelector('input[name="csrf"]').value;
  var queue = [];
  var busy = false;
  var counts = { accepted: 0, refused: 0, total: 0 };

  zone.querySelector('.app-drop-zone__hint').hidden = false;

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (!input.files || input.files.length === 0) {
      input.focus();
      summary.textContent = 'Select at least one plan to upload.';
      progress.hidden = false;
      return;
    }
    enqueue(input.files);
    input.value = '';
  });

  ['dragenter', 'dragover'].forEach(function (name) {
    zone.addEventListener(name, function (event) {
      event.preventDefault();
      zone.classList.add('app-drop-zone--active');
    });
  });
  ['dragleave', 'drop'].forEach(function (name) {
    zone.addEventListener(name, function () {
      zone.classList.remove('app-drop-zone--active');
    });
  });
  zone.addEventListener('drop', function (event) {
    event.preventDefault();
    if (event.dataTransfer && event.dataTransfer.files.length > 0) {
      enqueue(event.dataTransfer.files);
    }
  });

  function enqueue(files) {
    progress.hidden = false;
    for (var i = 0; i < files.length; i++) {
      queue.push({ file: files[i], row: row(files[i]) });
      counts.total++;
    }
    report();
    next();
  }

  function row(file) {
    var item = document.createElement('li');
    item.className = 'app-upload';
    var name = document.createElement('strong');
    name.textContent = file.name;
    var bar = document.createElement('progress');
    bar.className = 'app-progress__bar';
    bar.max = 100;
    bar.value = 0;
    bar.setAttribute('aria-label', 'Upload of ' + file.name);
    var status = document.createElement('span');
    status.className = 'app-upload__message';
    status.textContent = 'Waiting';
    item.appendChild(name);
    item.appendChild(bar);
    item.appendChild(status);
    list.appendChild(item);
    return { item: item, bar: bar, status: status };
  }

  function next() {
    if (busy || queue.length === 0) {
      return;
    }
    busy = true;
    var job = queue.shift();
    var data = new FormData();
    data.append('file', job.file, job.file.name);
    ['team', 'caseworker'].forEach(function (field) {
      var value = form.elements[field].value.trim();
      if (value) {
        data.append(field, value);
      }
    });
    var request = new XMLHttpRequest();
    request.open('POST', '/api/plans');
    request.setRequestHeader('X-CSRF-Token', csrf);
    request.setRequestHeader('Accept', 'application/json');
    request.upload.addEventListener('progress', function (event) {
      if (event.lengthComputable) {
        job.row.bar.value = Math.round(event.loaded * 100 / event.total);
      }
    });
    job.row.status.textContent = 'Uploading';
    request.addEventListener('load', function () {
      job.row.bar.value = 100;
      if (request.status === 200 || request.status === 201) {
        accepted(job.row, JSON.parse(request.responseText), request.status === 200);
      } else {
        refused(job.row, detail(request));
      }
      done();
    });
    request.addEventListener('error', function () {
      refused(job.row, 'The upload was interrupted. Check your connection and try again.');
      done();
    });
    request.send(data);
  }

  function done() {
    busy = false;
    report();
    next();
  }

  function accepted(row, plan, repeat) {
    counts.accepted++;
    row.item.classList.add('app-upload--accepted');
    row.status.textContent = '';
    row.status.appendChild(tag('Accepted', 'govuk-tag govuk-tag--green'));
    row.status.appendChild(document.createTextNode(repeat ? ' Already stored: this is the same file. '
      : ' Stored as a new plan version. '));
    var link = document.createElement('a');
    link.className = 'govuk-link';
    link.href = '/plans/' + plan.id;
    link.textContent = 'Open the plan';
    row.status.appendChild(link);
  }

  function refused(row, reason) {
    counts.refused++;
    row.item.classList.add('app-upload--refused');
    row.status.textContent = '';
    row.status.appendChild(tag('Refused', 'govuk-tag govuk-tag--red'));
    var text = document.createElement('span');
    text.className = 'app-upload__reason';
    text.textContent = ' ' + reason;
    row.status.appendChild(text);
  }

  function tag(text, className) {
    var element = document.createElement('strong');
    element.className = className;
    element.textContent = text;
    return element;
  }

  function detail(request) {
    try {
      var problem = JSON.parse(request.responseText);
      if (problem && problem.detail) {
        return problem.detail;
      }
    } catch (ignored) {
      // Not a problem+json answer: fall through to a general sentence.
    }
    return 'The file was not accepted (HTTP ' + request.status + ').';
  }

  function report() {
    var finished = counts.accepted + counts.refused;
    summary.textContent = finished + ' of ' + counts.total + ' file(s) done: ' + counts.accepted + ' accepted, '
      + counts.refused + ' refused.';
  }
}());
