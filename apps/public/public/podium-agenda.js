// Favourite stars, the favourites count and keyboard day tabs for agenda pages served as plain HTML.
// Anonymous readers get the agenda pages as prerendered HTML without Next's client runtime (see
// libs/api/src/services/public-pages.ts); this small script gives them what React's FavouriteStar, FavouritesCount
// and DayTabs (libs/ui) do on pages React hydrates. Both use the same localStorage key, markup and event, so a star
// set on one kind of page shows on the other. On a page React hydrates it does nothing.
(function () {
  'use strict';
  if (window.__next_f) return; // React owns this page
  var EVENT = 'podium:favourites';
  var key = function (conference) {
    return 'podium:favourites:' + conference;
  };

  function read(conference) {
    try {
      var parsed = JSON.parse(window.localStorage.getItem(key(conference)) || '[]');
      if (!Array.isArray(parsed)) return [];
      var seen = {};
      return parsed.filter(function (c) {
        if (typeof c !== 'string' || c.length === 0 || seen[c]) return false;
        seen[c] = true;
        return true;
      });
    } catch (e) {
      // Storage disabled or a broken value: no favourites rather than a broken page.
      return [];
    }
  }

  function write(conference, codes) {
    try {
      window.localStorage.setItem(key(conference), JSON.stringify(codes));
    } catch (e) {
      // Storage full or disabled: the star does not stick, the page keeps working.
    }
    window.dispatchEvent(new CustomEvent(EVENT, { detail: conference }));
  }

  var SVG_NS = 'http://www.w3.org/2000/svg';
  var BASE =
    'inline-flex h-8 w-8 shrink-0 items-center justify-center rounded-full hover:bg-amber-50 hover:text-amber-700 ' +
    'focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-600';

  function paintStar(button, on) {
    button.setAttribute('aria-pressed', on ? 'true' : 'false');
    button.title = on ? 'Remove from my favourites' : 'Add to my favourites';
    button.className = BASE + (on ? ' text-amber-600 ' : ' text-slate-600 ') + (button.getAttribute('data-extra-class') || '');
    var svg = button.querySelector('svg');
    if (svg) svg.setAttribute('fill', on ? 'currentColor' : 'none');
  }

  // <span hidden data-podium-star="CODE" data-conference="slug" data-title="…"> becomes the star button.
  function mountStar(slot) {
    var code = slot.getAttribute('data-podium-star');
    var conference = slot.getAttribute('data-conference');
    var button = document.createElement('button');
    button.type = 'button';
    button.setAttribute('data-podium-star-button', code);
    button.setAttribute('data-conference', conference);
    button.setAttribute('data-testid', 'star-' + code);
    button.setAttribute('aria-label', 'Favourite: ' + slot.getAttribute('data-title'));
    button.setAttribute('data-extra-class', slot.className || '');
    var svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('viewBox', '0 0 20 20');
    svg.setAttribute('class', 'h-5 w-5');
    svg.setAttribute('stroke', 'currentColor');
    svg.setAttribute('stroke-width', '1.5');
    var path = document.createElementNS(SVG_NS, 'path');
    path.setAttribute('stroke-linejoin', 'round');
    path.setAttribute('d', 'M10 2.5l2.3 4.9 5.2.6-3.9 3.6 1.1 5.2L10 14.2l-4.7 2.6 1.1-5.2-3.9-3.6 5.2-.6L10 2.5z');
    svg.appendChild(path);
    button.appendChild(svg);
    paintStar(button, read(conference).indexOf(code) !== -1);
    slot.replaceWith(button);
  }

  function paintCount(slot) {
    var n = read(slot.getAttribute('data-podium-favourites-count')).length;
    slot.hidden = n === 0;
    slot.setAttribute('data-testid', n === 0 ? 'favourites-count-empty' : 'favourites-count');
    slot.textContent = String(n);
    var sr = document.createElement('span');
    sr.className = 'sr-only';
    sr.textContent = ' starred';
    slot.appendChild(sr);
  }

  function refresh(conference) {
    document.querySelectorAll('[data-podium-star-button]').forEach(function (b) {
      var c = b.getAttribute('data-conference');
      if (!conference || c === conference) paintStar(b, read(c).indexOf(b.getAttribute('data-podium-star-button')) !== -1);
    });
    document.querySelectorAll('[data-podium-favourites-count]').forEach(function (s) {
      if (!conference || s.getAttribute('data-podium-favourites-count') === conference) paintCount(s);
    });
  }

  // Day tabs are links; with a script they also act as an ARIA tab list: one tab stop, arrows, Home and End.
  function enhanceTabs(list) {
    var tabs = Array.prototype.slice.call(list.querySelectorAll('[role="tab"]'));
    tabs.forEach(function (tab) {
      tab.tabIndex = tab.getAttribute('aria-selected') === 'true' ? 0 : -1;
      tab.addEventListener('keydown', function (e) {
        var i = tabs.indexOf(tab);
        var go = function (j) {
          e.preventDefault();
          tabs[(j + tabs.length) % tabs.length].focus();
        };
        if (e.key === 'ArrowRight' || e.key === 'ArrowDown') go(i + 1);
        else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') go(i - 1);
        else if (e.key === 'Home') go(0);
        else if (e.key === 'End') go(tabs.length - 1);
        else if (e.key === ' ') {
          e.preventDefault();
          tab.click();
        }
      });
    });
    if (tabs.length && !tabs.some(function (t) { return t.tabIndex === 0; })) tabs[0].tabIndex = 0;
  }

  function scan(root) {
    root.querySelectorAll('[data-podium-star]').forEach(mountStar);
    root.querySelectorAll('[data-podium-favourites-count]').forEach(paintCount);
    root.querySelectorAll('[data-podium-tabs]').forEach(enhanceTabs);
  }

  document.addEventListener('click', function (e) {
    var button = e.target instanceof Element ? e.target.closest('[data-podium-star-button]') : null;
    if (!button) return;
    var conference = button.getAttribute('data-conference');
    var code = button.getAttribute('data-podium-star-button');
    var codes = read(conference);
    write(conference, codes.indexOf(code) === -1 ? codes.concat([code]) : codes.filter(function (c) { return c !== code; }));
  });
  window.addEventListener(EVENT, function (e) {
    refresh(e.detail);
  });
  window.addEventListener('storage', function () {
    refresh(null);
  });

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', function () { scan(document); });
  else scan(document);
})();
