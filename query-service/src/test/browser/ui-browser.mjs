// The audit browser as a person uses it, in Debian's chromium driven by Playwright; run against the whole stack by
// launcher's StackEndToEndIT, which posts the releases to ingest-service, and revises the seed through its API when
// this script prints REVISE (answering REVISED once the revision is analysed and projected). Prints PASS and exits 0
// when every check holds.
//
//   node ui-browser.mjs BASE_URL SEED_ID MARKUP_RELEASE_ID SCREENSHOT_PNG CHROMIUM
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';

const [base, seedId, markupId, screenshot, executablePath] = process.argv.slice(2);
const url = (path) => new URL(path, base).toString();
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const stdin = createInterface({ input: process.stdin });
const nextLine = () => new Promise((resolve) => stdin.once('line', resolve));

function check(condition, message) {
  if (!condition) {
    throw new Error('check failed: ' + message);
  }
}

/** Every span the analysis found, as the page must highlight it: kind, start, end. */
function expectedSpans(analysis) {
  const spans = [];
  for (const o of analysis.officials) for (const m of o.mentions) spans.push(['official', m.start, m.end]);
  for (const p of analysis.places) for (const m of p.mentions) spans.push(['place', m.start, m.end]);
  for (const s of analysis.statements) for (const m of s.segments) spans.push([s.kind, m.start, m.end]);
  return spans.map((s) => s.join(':')).sort();
}

/** The page's highlights: the parts of one highlight share data-span, and their text together is its text. */
async function highlightsOnPage(page) {
  return page.$$eval('#release-text [data-span]', (elements) => {
    const byId = new Map();
    for (const e of elements) {
      const id = e.dataset.span;
      const h = byId.get(id) ?? { kind: e.dataset.kind, start: +e.dataset.start, end: +e.dataset.end, text: '' };
      h.text += e.textContent;
      byId.set(id, h);
    }
    return [...byId.values()];
  });
}

/** Opens the release page and checks each highlight against the analysis of the text shown, through the API. */
async function checkHighlights(page, id) {
  await page.goto(url('/ui/releases/' + id));
  const release = await (await page.request.get(url('/v1/releases/' + id))).json();
  const analysis = (await (await page.request.get(url('/v1/releases/' + id + '/analysis'))).json());
  check(analysis.textVersion === release.textVersion, 'the latest analysis is of the text shown');
  const shown = await highlightsOnPage(page);
  check(shown.length > 0, 'the release text has highlights');
  for (const h of shown) {
    check(h.text === release.text.substring(h.start, h.end),
      `highlight ${h.kind} ${h.start}-${h.end} reads "${h.text}", the text there is "${release.text.substring(h.start, h.end)}"`);
  }
  const onPage = [...new Set(shown.map((h) => [h.kind, h.start, h.end].join(':')))].sort();
  check(JSON.stringify(onPage) === JSON.stringify([...new Set(expectedSpans(analysis.analysis))].sort()),
    'the highlights are exactly the analysis\' spans: ' + JSON.stringify(onPage));
  check(await page.locator('#release-text').evaluate((e) => e.textContent) === release.text,
    'the text on the page is the release text, character for character');
  return { release, analysis, shown };
}

/** axe-core on the page as it stands: no serious or critical violation. Leaves a full-page picture beside the README's. */
async function checkAccessible(page, what) {
  await page.screenshot({ path: screenshot.replace(/\.png$/, '-' + what.replaceAll(' ', '-') + '.png'), fullPage: true });
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  console.log(`axe ${what}: ${result.violations.length} violations`);
  for (const v of result.violations) {
    console.log(`axe ${what}: ${v.impact} ${v.id} (${v.nodes.length}): ${v.help}`);
  }
  check(serious.length === 0, `${what} has no serious accessibility violations: ${serious.map((v) => v.id).join(', ')}`);
}

// launch() starts chromium on a fresh temporary profile (user-data-dir) of its own and removes it on close; the
// network flags keep it from calling out of this closed machine
const browser = await chromium.launch({
  executablePath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const dialogs = [];
try {
  // axe is injected as a script, which the pages' Content-Security-Policy would refuse: the test context bypasses it,
  // so the markup release below is a check of escaping alone, not of the policy
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 }, locale: 'tr-TR' });
  const page = await context.newPage();
  page.on('dialog', (dialog) => { dialogs.push(dialog.message()); dialog.dismiss(); });

  // the seed's release page: every highlight is the analysis' text at its offsets
  const { shown } = await checkHighlights(page, seedId);
  check(shown.some((h) => h.kind === 'official') && shown.some((h) => h.kind === 'place')
    && shown.some((h) => h.kind === 'direct'), 'officials, places and direct quotes are highlighted');
  check(await page.locator('html').getAttribute('lang') === 'tr', 'the page is in Turkish by default');
  await page.screenshot({ path: screenshot });
  await checkAccessible(page, 'release page');

  // focusing a highlight names the official; following it leads to Şenol Aslanoğlu's page, and back
  const highlight = page.locator('#release-text a.hl-official[data-label^="Şenol Aslanoğlu"]').first();
  await highlight.focus();
  const named = await highlight.evaluate((e) => getComputedStyle(e, '::after').content);
  check(named.includes('Şenol Aslanoğlu'), 'the focused highlight names the official: ' + named);
  await highlight.press('Enter');
  await page.waitForURL(/\/ui\/officials\//);
  check(await page.locator('h1').textContent() === 'Şenol Aslanoğlu', 'the official page is Şenol Aslanoğlu\'s');
  check(await page.locator('a[href*="/ui/releases/' + seedId + '#q-"]').count() > 0,
    'the official page links his statements into the release text');
  await checkAccessible(page, 'official page');
  await page.goBack();
  await page.waitForURL(new RegExp('/ui/releases/' + seedId + '$'));
  check(await page.locator('#release-text').isVisible(), 'back on the release page');

  // the other pages, each checked for accessibility
  await page.locator('a[href^="/ui/districts/"]').first().click();
  await page.waitForURL(/\/ui\/districts\//);
  await checkAccessible(page, 'district page');
  await page.goto(url('/ui/provinces/35'));
  check((await page.locator('h1').textContent()).includes('İzmir'), 'the İzmir page');
  await checkAccessible(page, 'province page');
  await page.goto(url('/ui/provinces'));
  await checkAccessible(page, 'provinces page');
  await page.goto(url('/ui/search?q=' + encodeURIComponent('seçimler')));
  check(await page.locator('a[href*="/ui/releases/' + seedId + '#q-"]').count() > 0, 'the search finds the seed\'s quotes');
  await checkAccessible(page, 'search page');
  await page.goto(url('/ui'));
  await checkAccessible(page, 'front page');

  // a revision through ingest-service's API, analysed by entity-service: the timeline shows both diffs
  console.log('REVISE');
  check(await nextLine() === 'REVISED', 'the test revised the seed');
  await checkHighlights(page, seedId);
  const revision = page.locator('ol.timeline > li', { has: page.locator('ins') });
  check(await revision.count() === 1, 'the revision shows a text diff');
  check((await revision.locator('ins').allTextContents()).join('').includes('Ödemiş'), 'the diff shows what was added');
  check((await page.locator('ol.timeline li.added').allTextContents()).some((t) => t.includes('Ödemiş')),
    'the later analysis shows the place it found anew');
  await checkAccessible(page, 'revised release page');
  await page.locator('ol.timeline').screenshot({ path: screenshot.replace(/\.png$/, '-timeline.png') });
  // as of the first event: the text as received, not yet analysed
  await page.locator('ol.timeline > li').first().locator('a[href*="asOf="]').click();
  await page.waitForURL(/asOf=/);
  check(!(await page.locator('#release-text').textContent()).includes('Ödemiş'), 'as of the first event the text is the one received');
  check(await page.locator('#release-text [data-span]').count() === 0, 'nothing is highlighted before the first analysis');

  // markup in a release is text: shown as written, never run or rendered
  await page.goto(url('/ui/releases/' + markupId));
  const text = await page.locator('#release-text').textContent();
  check(text.includes('<script>window.beyanInjected = 1</script>') && text.includes('<b>Seçim</b>')
    && text.includes('<img src=x onerror="window.beyanInjected = 2">'), 'the markup shows as text: ' + text);
  check(await page.locator('#release-text script, #release-text b, #release-text img').count() === 0,
    'no element came from the release text');
  check(await page.evaluate(() => window.beyanInjected) === undefined && dialogs.length === 0,
    'nothing from the release text ran');

  // English by Accept-Language
  const english = await browser.newContext({ locale: 'en-GB' });
  const englishPage = await english.newPage();
  await englishPage.goto(url('/ui/releases/' + seedId));
  check(await englishPage.locator('html').getAttribute('lang') === 'en', 'English when the browser prefers it');
  check(await englishPage.locator('#timeline-heading').textContent() === 'Event history', 'English labels');

  // readable without JavaScript: the same highlights and timeline, rendered by the server
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await plain.goto(url('/ui/releases/' + seedId));
  check(await plain.locator('#release-text [data-span]').count() > 0, 'highlights without JavaScript');
  check(await plain.locator('ol.timeline > li').count() >= 4, 'the timeline without JavaScript');
  console.log('PASS');
} finally {
  await browser.close();
  stdin.close();
}
