// Starts Swagger UI (served from this package's copy, no CDN) on the API page; a file of
// its own because the page's Content-Security-Policy allows no inline script.
"use strict";
(function () {
  const root = document.getElementById("swagger-ui");
  if (!root || typeof SwaggerUIBundle !== "function") return;
  SwaggerUIBundle({
    url: root.dataset.openapi,
    dom_id: "#swagger-ui",
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
  });
})();
