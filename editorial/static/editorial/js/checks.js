// Our readability checks in the editor's "Controles" panel, for the text as
// typed. Wagtail reads the panel's check rules once, when the edit view
// loads; the preview, though, is rendered from the unsaved form each time it
// updates, and carries our checks as JSON (editorial_tags). After each
// preview load we show them above Wagtail's own list. Texts come translated
// from the server; only textContent is set.
(() => {
  const SECTION_ID = 'wijkwijzer-leesbaarheid-controles';

  function section(panel) {
    let element = document.getElementById(SECTION_ID);
    if (!element) {
      element = document.createElement('section');
      element.id = SECTION_ID;
      element.className = 'w-mb-5';
      panel.parentElement.before(element);
    }
    return element;
  }

  function add(parent, tag, text, className) {
    const element = document.createElement(tag);
    element.textContent = text;
    if (className) element.className = className;
    parent.append(element);
    return element;
  }

  function show(checks, element) {
    element.replaceChildren();
    add(element, 'h2', checks.title, 'w-my-5 w-text-16 w-font-bold');
    add(element, 'p', checks.score);
    if (!checks.problems.length) {
      add(element, 'p', checks.none);
      return;
    }
    const list = add(element, 'ul', '', 'w-flex w-flex-col w-gap-2.5 w-p-0');
    checks.problems.forEach((problem) => {
      const item = add(list, 'li', '', 'w-list-none');
      add(item, 'strong', problem.name);
      add(item, 'p', problem.help);
    });
  }

  document.addEventListener('w-preview:loaded', () => {
    const panel = document.querySelector(
      '[data-side-panel="checks"] [data-checks-panel]',
    );
    const frame = document.getElementById('w-preview-iframe');
    const data = frame?.contentDocument?.getElementById('wijkwijzer-leesbaarheid');
    if (!panel || !data) return;
    show(JSON.parse(data.textContent), section(panel));
  });
})();
