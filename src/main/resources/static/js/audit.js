// The audit workspace and the moderator's blind rating, enhanced. Without JavaScript the section's form posts
// ("Save and continue"); with it, each judgement and comment is saved through the audit API as it is made (the
// session cookie signs the request in, the X-CSRF-Token header proves it came from this page, If-Match names the
// version read so nobody's change is lost), "Saved" is announced, and keyboard shortcuts move between criteria
// and judge them: j/n next, k/p previous, 1 to 4 judge, c comment.
(function () {
  'use strict';

  var form = document.getElementById('criteria-form');
  if (!form || !window.fetch || !form.getAttribute('data-api')) {
    return;
  }
  var api = form.getAttribute('data-api');
  var csrf = form.querySelector('input[name="csrf"]').value;
  var status = document.getElementById('autosave-status');
  var criteria = Array.prototype.slice.call(form.querySelectorAll('.app-criterion'));
  var queue = Promise.resolve();
  var timers = {};

  function version() {
    return form.querySelector('input[name="version"]').value;
  }

  // Every form of the page names the version it was read at; after a save they all move on with it.
  function setVersion(value) {
    Array.prototype.forEach.call(document.querySelectorAll('input[name="version"]'), function (input) {
      input.value = value;
    });
  }

  function say(text) {
    if (status) {
      status.textContent = text;
    }
  }

  function judgementOf(criterion) {
    var checked = criterion.querySelector('input[type="radio"]:checked');
    return checked ? checked.value : null;
  }

  function commentOf(criterion) {
    var box = criterion.querySelector('textarea');
    return box ? box.value : null;
  }

  // Saves go one after another, so each carries the version the previous one produced.
  function save(criterion) {
    var id = criterion.getAttribute('data-criterion');
    queue = queue.then(function () {
      say('Saving ' + id + '...');
      return fetch(api + encodeURIComponent(id), {
        method: 'PUT',
        credentials: 'same-origin',
        headers: {
          'Content-Type': 'application/json',
          'Accept': 'application/json',
          'X-CSRF-Token': csrf,
          'If-Match': '"' + version() + '"'
        },
        body: JSON.stringify({ result: judgementOf(criterion), comment: commentOf(criterion) })
      }).then(function (response) {
        return response.json().then(function (body) {
          if (!response.ok) {
            say('Not saved: ' + (body.detail || 'the change was refused') + ' Reload the page to see the latest.');
            return;
          }
          setVersion(body.version);
          criterion.setAttribute('data-judged', judgementOf(criterion) ? 'true' : 'false');
          showRatings(body);
          say('Saved ' + id);
        });
      }).catch(function () {
        say('Not saved: the service could not be reached. Use "Save and continue".');
      });
    });
    return queue;
  }

  // The section ratings that follow from the judgements: the auditor's (audit view) or the moderator's own.
  function showRatings(body) {
    var ratings = {};
    if (body.sections) {
      body.sections.forEach(function (section) {
        ratings[section.code] = section.rating.agreedLabel || section.rating.ratingLabel;
      });
      var overall = document.getElementById('overall-rating');
      if (overall && body.overall) {
        overall.textContent = body.overall.ratingLabel || 'Not rated yet';
      }
    } else if (body.ratings) {
      body.ratings.forEach(function (rating) {
        ratings[rating.section] = rating.moderatorLabel;
      });
    }
    Object.keys(ratings).forEach(function (code) {
      var shown = document.getElementById('nav-rating-' + code);
      if (shown) {
        shown.textContent = ratings[code] || '';
      }
    });
  }

  criteria.forEach(function (criterion) {
    Array.prototype.forEach.call(criterion.querySelectorAll('input[type="radio"]'), function (radio) {
      radio.addEventListener('change', function () {
        save(criterion);
      });
    });
    var box = criterion.querySelector('textarea');
    if (box) {
      box.addEventListener('input', function () {
        var id = criterion.getAttribute('data-criterion');
        clearTimeout(timers[id]);
        timers[id] = setTimeout(function () {
          save(criterion);
        }, 800);
      });
    }
  });

  function current() {
    var active = document.activeElement;
    for (var i = 0; i < criteria.length; i++) {
      if (criteria[i] === active || criteria[i].contains(active)) {
        return i;
      }
    }
    return -1;
  }

  function focusCriterion(index) {
    if (index >= 0 && index < criteria.length) {
      criteria[index].focus();
      criteria[index].scrollIntoView({ block: 'center' });
    }
  }

  function typing(target) {
    var tag = target && target.tagName;
    return tag === 'TEXTAREA' || tag === 'SELECT' || (tag === 'INPUT' && target.type !== 'radio');
  }

  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) {
      return;
    }
    var key = event.key;
    var index = current();
    if (key === 'j' || key === 'n') {
      event.preventDefault();
      focusCriterion(index < 0 ? 0 : index + 1);
    } else if (key === 'k' || key === 'p') {
      event.preventDefault();
      focusCriterion(index <= 0 ? 0 : index - 1);
    } else if (key >= '1' && key <= '4' && index >= 0) {
      var radios = criteria[index].querySelectorAll('input[type="radio"]');
      var radio = radios[Number(key) - 1];
      if (radio) {
        event.preventDefault();
        radio.checked = true;
        save(criteria[index]);
        focusCriterion(index + 1 < criteria.length ? index + 1 : index);
      }
    } else if (key === 'c' && index >= 0) {
      var comment = criteria[index].querySelector('textarea');
      if (comment) {
        event.preventDefault();
        comment.focus();
      }
    }
  });
})();
