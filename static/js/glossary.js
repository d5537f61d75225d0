// Progressive enhancement for glossary terms: Escape hides an open
// definition (WCAG 2.2, 1.4.13 "dismissible"). Without JavaScript the
// definitions still show on hover and keyboard focus, and link to /begrippen/.
document.addEventListener("keydown", (event) => {
  if (event.key === "Escape") {
    document.querySelectorAll(".term").forEach((term) => {
      term.classList.add("term--dismissed");
    });
  }
});
["focusin", "mouseover"].forEach((type) => {
  document.addEventListener(type, (event) => {
    const term = event.target.closest && event.target.closest(".term");
    if (term) {
      term.classList.remove("term--dismissed");
    }
  });
});
