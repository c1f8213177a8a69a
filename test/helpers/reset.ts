// Every test starts with no group: after each test its elements leave the page (the fixtures are
// cleaned up) and every group ends at once, its client's cache and URL state with it. A test file
// that imports this can use the same URLs in every test: it never meets another test's answers.
import { fixtureCleanup } from '@open-wc/testing';
import { endAllGroups } from '../../src/controllers/group.js';

afterEach(() => {
  fixtureCleanup();
  endAllGroups();
});
