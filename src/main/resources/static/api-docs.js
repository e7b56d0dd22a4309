// Starts Swagger UI on /api/docs with Pedigree's OpenAPI document (a file, so the page's
// Content-Security-Policy needs no inline script).
window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#swagger-ui', deepLinking: true });
});
