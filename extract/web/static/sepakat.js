// Sepakat page behaviour. The page works without this file (plain #ev-N anchors and
// :target CSS); with it, a fact click scrolls smoothly and marks its sentence, and each
// card gets a "Copy as JSON" button.
"use strict";

(function () {
  const reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  function clearMarks() {
    document.querySelectorAll(".marked").forEach((element) => element.classList.remove("marked"));
  }

  function markEvidence(sentenceId, start, end) {
    const sentence = document.getElementById(sentenceId);
    if (!sentence || !sentence.classList.contains("ev-sentence")) {
      return false;
    }
    clearMarks();
    sentence.classList.add("marked");
    if (start !== undefined && end !== undefined) {
      const fact = sentence.querySelector(`mark.fact[data-start="${start}"][data-end="${end}"]`);
      if (fact) {
        fact.classList.add("marked");
      }
    }
    sentence.setAttribute("tabindex", "-1");
    sentence.scrollIntoView({ behavior: reduceMotion ? "auto" : "smooth", block: "center" });
    sentence.focus({ preventScroll: true });
    return true;
  }

  document.addEventListener("click", (event) => {
    const link = event.target.closest("a[data-sentence]");
    if (!link) {
      return;
    }
    if (markEvidence(link.dataset.sentence, link.dataset.start, link.dataset.end)) {
      event.preventDefault();
      history.replaceState(null, "", `#${link.dataset.sentence}`);
    }
  });

  async function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return;
    }
    const scratch = document.createElement("textarea");
    scratch.value = text;
    scratch.setAttribute("readonly", "");
    scratch.style.position = "fixed";
    scratch.style.opacity = "0";
    document.body.appendChild(scratch);
    scratch.select();
    document.execCommand("copy");
    scratch.remove();
  }

  document.querySelectorAll("button.copy-json").forEach((button) => {
    const source = document.getElementById(button.dataset.source);
    if (!source) {
      return;
    }
    button.hidden = false;
    const label = button.textContent;
    button.addEventListener("click", async () => {
      try {
        await copyText(source.textContent);
        button.textContent = "Copied";
      } catch (error) {
        button.textContent = "Copy failed";
      }
      setTimeout(() => { button.textContent = label; }, 1600);
    });
  });

  if (location.hash.startsWith("#ev-")) {
    markEvidence(location.hash.slice(1));
  }
})();
