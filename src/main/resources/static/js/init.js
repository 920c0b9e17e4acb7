// Starts GOV.UK Frontend's components; loaded as a module so browsers that cannot run them skip it.
import { initAll } from '/assets/govuk/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();
