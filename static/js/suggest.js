// Suggestions as you type on every search field (ARIA 1.2 combobox with a
// listbox popup). Without JavaScript the plain search form works as before.
// The form names the endpoint in data-suggest; answers are JSON
// ({suggestions: [{text, label, url}]}) from /zoeken/suggesties/.
// Arrow Down/Up move through the options, Enter follows the active one (a
// page, or a search for a word), Escape closes, Tab leaves. A polite live
// region says how many suggestions there are.
(() => {
  const MIN_LENGTH = 2;
  const DELAY = 150;
  let counter = 0;

  const enhance = (form) => {
    const input = form.querySelector("input[name=q]");
    if (!input || input.hasAttribute("role")) {
      return;
    }
    counter += 1;
    const id = `suggesties-${counter}`;
    const listbox = document.createElement("ul");
    listbox.id = id;
    listbox.className = "suggestions";
    listbox.setAttribute("role", "listbox");
    listbox.setAttribute("aria-label", form.dataset.suggestLabel || "Suggesties");
    listbox.hidden = true;
    const status = document.createElement("p");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    input.parentNode.append(listbox);
    form.append(status);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", id);

    const answers = new Map();
    let items = [];
    let active = -1;
    let timer = 0;
    let controller = null;

    const setActive = (index) => {
      active = index;
      listbox.querySelectorAll("[role=option]").forEach((option, i) => {
        option.setAttribute("aria-selected", String(i === index));
      });
      if (index < 0) {
        input.removeAttribute("aria-activedescendant");
      } else {
        const option = document.getElementById(`${id}-${index}`);
        input.setAttribute("aria-activedescendant", option.id);
        option.scrollIntoView({ block: "nearest" });
      }
    };

    const close = () => {
      listbox.hidden = true;
      input.setAttribute("aria-expanded", "false");
      setActive(-1);
    };

    const pick = (index) => {
      const item = items[index];
      if (item) {
        close();
        window.location.assign(item.url);
      }
    };

    const show = (found) => {
      items = found;
      listbox.replaceChildren(
        ...found.map((item, index) => {
          const option = document.createElement("li");
          option.id = `${id}-${index}`;
          option.className = "suggestions__option";
          option.setAttribute("role", "option");
          option.setAttribute("aria-selected", "false");
          const text = document.createElement("span");
          text.className = "suggestions__text";
          text.textContent = item.text;
          const label = document.createElement("span");
          label.className = "suggestions__label";
          label.textContent = item.label;
          const comma = document.createElement("span");
          comma.className = "visually-hidden";
          comma.textContent = ", ";
          option.append(text, comma, label);
          // Keep the focus in the field; the click picks.
          option.addEventListener("mousedown", (event) => event.preventDefault());
          option.addEventListener("click", () => pick(index));
          return option;
        }),
      );
      active = -1;
      input.removeAttribute("aria-activedescendant");
      const open = found.length > 0;
      listbox.hidden = !open;
      input.setAttribute("aria-expanded", String(open));
      const template =
        found.length === 1 ? form.dataset.suggestOne : form.dataset.suggestCount;
      status.textContent = open ? template.replace("{n}", found.length) : "";
    };

    const load = async () => {
      const text = input.value.trim();
      if (text.length < MIN_LENGTH) {
        show([]);
        return;
      }
      if (answers.has(text)) {
        show(answers.get(text));
        return;
      }
      if (controller) {
        controller.abort();
      }
      controller = new AbortController();
      try {
        const url = `${form.dataset.suggest}?${new URLSearchParams({ q: text })}`;
        const response = await fetch(url, { signal: controller.signal });
        if (!response.ok) {
          show([]);
          return;
        }
        const found = (await response.json()).suggestions || [];
        answers.set(text, found);
        if (input.value.trim() === text && document.activeElement === input) {
          show(found);
        }
      } catch (error) {
        if (error.name !== "AbortError") {
          show([]);
        }
      }
    };

    input.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(load, DELAY);
    });

    input.addEventListener("keydown", (event) => {
      const open = !listbox.hidden;
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        if (!open) {
          if (items.length) {
            show(items);
          }
          event.preventDefault();
          return;
        }
        event.preventDefault();
        const step = event.key === "ArrowDown" ? 1 : -1;
        let next = active + step;
        if (next >= items.length) {
          next = 0;
        } else if (next < -1) {
          next = items.length - 1;
        }
        setActive(next);
      } else if (event.key === "Enter" && open && active >= 0) {
        event.preventDefault();
        pick(active);
      } else if (event.key === "Escape" && open) {
        // Only the popup closes, not the header's search panel.
        event.preventDefault();
        event.stopPropagation();
        close();
      } else if (event.key === "Tab") {
        close();
      }
    });

    input.addEventListener("blur", close);
  };

  document.querySelectorAll("form[data-suggest]").forEach(enhance);
})();
