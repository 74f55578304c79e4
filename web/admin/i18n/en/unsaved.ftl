# Asked (in the browser's own dialog) when a link is followed while a form has changes.

unsaved-question = You have changes on this screen that are not saved. Leave without saving them?
