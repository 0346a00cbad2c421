// Sepakat page behaviour. The page works without this file (plain #ev-N anchors and
// :target CSS); with it, a fact click scrolls smoothly and marks its sentence (on a narrow
// screen a button then leads back to the card), the form says it is working while the
// article is read, and each card gets a "Copy as JSON" button.
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

  // On a phone the cards and the article are far apart: after a jump to the evidence, a
  // button leads back to the fact that was clicked.
  const back = document.createElement("button");
  back.type = "button";
  back.className = "back-to-card";
  back.hidden = true;
  document.body.appendChild(back);
  let clickedFact = null;

  back.addEventListener("click", () => {
    back.hidden = true;
    if (clickedFact) {
      clickedFact.scrollIntoView({ behavior: reduceMotion ? "auto" : "smooth", block: "center" });
      clickedFact.focus({ preventScroll: true });
    }
  });

  document.addEventListener("click", (event) => {
    const link = event.target.closest("a[data-sentence]");
    if (!link) {
      return;
    }
    if (markEvidence(link.dataset.sentence, link.dataset.start, link.dataset.end)) {
      event.preventDefault();
      history.replaceState(null, "", `#${link.dataset.sentence}`);
      const card = link.closest("article.card");
      const title = card ? card.querySelector("h3") : null;
      clickedFact = link;
      back.textContent = `↑ Back to ${title ? title.textContent : "the card"}`;
      back.hidden = false;
    }
  });

  // "Working…" while the article is read: a long one takes seconds.
  document.querySelectorAll("form.article-form").forEach((form) => {
    const button = form.querySelector("button[type=submit][data-working]");
    const status = form.querySelector(".working");
    const idle = button ? button.textContent : "";
    form.addEventListener("submit", () => {
      if (button) {
        button.disabled = true;
        button.textContent = button.dataset.working;
      }
      if (status) {
        status.hidden = false;
      }
      form.setAttribute("aria-busy", "true");
    });
    window.addEventListener("pageshow", () => {  // back to a page kept in the browser's cache
      if (button) {
        button.disabled = false;
        button.textContent = idle;
      }
      if (status) {
        status.hidden = true;
      }
      form.removeAttribute("aria-busy");
    });
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
