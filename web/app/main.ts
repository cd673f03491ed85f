// Entente's web UI entry point (the explorer is built in web/app/).
const app = document.getElementById('app');
if (app) app.textContent = 'Entente';
