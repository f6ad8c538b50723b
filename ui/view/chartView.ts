/**
 * The curve as SVG: the line through AMOUNT's corners, the floor and cap lines, the rate tiers
 * behind it and the quote's own point. Points are one tab stop (arrow keys move between them);
 * focusing or hovering a point reads it out in a live region, and a table gives the same values.
 */
import type { Curve, CurvePoint, PointKind } from '../chart/curve';
import { shortYen, yen } from '../format';
import { inLanguage, type CapBand } from '../../core';
import { tr, type Lang, type TextKey } from '../i18n';
import { h, s, scrollBox } from './dom';

const PLOT = { left: 56, top: 24, right: 16, bottom: 44 };
/** The drawing is as wide as its box (300–640 px), so its 12 px text stays 12 px on screen. */
const MIN_WIDTH = 300;
const MAX_WIDTH = 640;

const KIND_TEXT: Readonly<Record<PointKind, TextKey>> = {
  origin: 'pointOrigin',
  belowFloor: 'pointBelowFloor',
  floor: 'pointFloor',
  tier: 'pointTier',
  cap: 'pointCap',
  end: 'pointEnd',
  current: 'pointCurrent',
};

function pointText(p: CurvePoint, lang: Lang): string {
  return `${tr(lang, KIND_TEXT[p.kind])}: ${tr(lang, 'atCost')} ${yen(p.cost, lang)} → ${tr(lang, 'gives')} ${yen(p.amount, lang)}`;
}

function ticks(max: number): number[] {
  const out: number[] = [];
  for (let i = 0; i <= 4; i++) out.push((max * i) / 4);
  return out;
}

/** Another cap band: how the options given reach it, or (a lower band) what it is. */
function bandText(b: CapBand, lang: Lang): string {
  const cap = `${tr(lang, 'cap')} ${yen(b.cap, lang)}`;
  if (b.needs) return lang === 'ja' ? `${cap}: ${b.needs.ja}${tr(lang, 'reachedWith')}` : `${cap} ${tr(lang, 'reachedWith')} ${b.needs.en}`;
  return b.note ? `${cap}: ${inLanguage(b.note, lang)}` : cap;
}

/** The chart, its legend and its table, for a curve, drawn for a box `width` px wide. */
export function chartView(curve: Curve, lang: Lang, readout: HTMLElement, width: number): HTMLElement {
  const W = Math.round(Math.min(Math.max(width, MIN_WIDTH), MAX_WIDTH));
  const H = Math.round(W * 0.5);
  const PW = W - PLOT.left - PLOT.right;
  const PH = H - PLOT.top - PLOT.bottom;
  const x = (cost: number) => PLOT.left + (cost / curve.xMax) * PW;
  const y = (amount: number) => PLOT.top + (1 - amount / curve.yMax) * PH;
  const fmt = (n: number) => Math.round(n * 10) / 10;

  const grid = [
    ...ticks(curve.yMax).flatMap((v) => [
      s('line', { x1: PLOT.left, x2: W - PLOT.right, y1: fmt(y(v)), y2: fmt(y(v)), class: 'grid' }),
      s('text', { x: PLOT.left - 6, y: fmt(y(v)) + 4, 'text-anchor': 'end', class: 'tick' }, shortYen(v, lang)),
    ]),
    ...ticks(curve.xMax).map((v, i) => s('text', { x: fmt(x(v)), y: H - PLOT.bottom + 16, 'text-anchor': i === 4 ? 'end' : 'middle', class: 'tick' }, shortYen(v, lang))),
    s('text', { x: W - PLOT.right, y: H - 6, 'text-anchor': 'end', class: 'axis-title' }, `${tr(lang, 'xAxis')} (${tr(lang, 'yenUnit')})`),
    s('text', { x: 4, y: 14, class: 'axis-title' }, `${tr(lang, 'yAxis')} (${tr(lang, 'yenUnit')})`),
  ];

  // the tiers as bands behind the line, each with its rate
  const tierBands = curve.tiers.map((t, i) => {
    const x0 = x(t.from);
    const x1 = x(t.to ?? curve.capCost);
    return s('g', { class: `tier tier-${i % 2}` },
      s('rect', { x: fmt(x0), y: PLOT.top, width: fmt(Math.max(x1 - x0, 0)), height: PH }),
      s('text', { x: fmt((x0 + x1) / 2), y: PLOT.top + 14, 'text-anchor': 'middle', class: 'tier-rate' }, t.rate));
  });

  const limits = [
    curve.floor > 0 &&
      s('g', { class: 'floor' },
        s('line', { x1: PLOT.left, x2: W - PLOT.right, y1: fmt(y(curve.floor)), y2: fmt(y(curve.floor)) }),
        s('text', { x: W - PLOT.right - 4, y: fmt(y(curve.floor)) - 4, 'text-anchor': 'end' }, `${tr(lang, 'floor')} ${yen(curve.floor, lang)}`)),
    curve.top > 0 &&
      s('g', { class: 'cap' },
        s('line', { x1: PLOT.left, x2: W - PLOT.right, y1: fmt(y(curve.top)), y2: fmt(y(curve.top)) }),
        s('line', { x1: fmt(x(curve.capCost)), x2: fmt(x(curve.capCost)), y1: fmt(y(curve.top)), y2: H - PLOT.bottom, class: 'cap-edge' }),
        s('text', { x: W - PLOT.right - 4, y: fmt(y(curve.top)) - 6, 'text-anchor': 'end' }, `${tr(lang, 'cap')} ${yen(curve.top, lang)}`)),
  ];

  const line = s('polyline', { class: 'curve', points: curve.points.map((p) => `${fmt(x(p.cost))},${fmt(y(p.amount))}`).join(' ') });
  const all = curve.current ? [...curve.points, curve.current] : [...curve.points];
  const tip = s('g', { class: 'tip', 'aria-hidden': 'true', visibility: 'hidden' }, s('rect', { rx: 3 }), s('text'));
  const circles = all.map((p, i) =>
    s('circle', {
      cx: fmt(x(p.cost)), cy: fmt(y(p.amount)), r: p.kind === 'current' ? 7 : 5,
      class: `pt pt-${p.kind}`, tabindex: i === 0 ? 0 : -1, role: 'img',
      'aria-label': pointText(p, lang), 'data-cost': p.cost, 'data-amount': p.amount, 'data-kind': p.kind,
    }));

  const show = (i: number) => {
    const p = all[i];
    const text = pointText(p, lang);
    readout.textContent = text;
    const label = tip.querySelector('text')!;
    label.textContent = `${shortYen(p.cost, lang)} → ${yen(p.amount, lang)}`;
    const tx = Math.min(Math.max(x(p.cost), PLOT.left + 88), W - PLOT.right - 88);
    const ty = Math.max(y(p.amount) - 14, PLOT.top + 12);
    label.setAttribute('x', String(fmt(tx)));
    label.setAttribute('y', String(fmt(ty)));
    label.setAttribute('text-anchor', 'middle');
    const rect = tip.querySelector('rect')!;
    rect.setAttribute('x', String(fmt(tx - 88)));
    rect.setAttribute('y', String(fmt(ty - 13)));
    rect.setAttribute('width', '176');
    rect.setAttribute('height', '18');
    tip.setAttribute('visibility', 'visible');
  };
  circles.forEach((c, i) => {
    c.addEventListener('focus', () => show(i));
    c.addEventListener('mouseenter', () => show(i));
  });
  const moveFocus = (from: number, to: number) => {
    circles[from].setAttribute('tabindex', '-1');
    circles[to].setAttribute('tabindex', '0');
    circles[to].focus();
  };

  const svg = s('svg', {
    viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'group', 'aria-label': tr(lang, 'chart'),
    width: W, height: H,
    'data-x-max': curve.xMax, 'data-y-max': curve.yMax, 'data-plot': `${PLOT.left} ${PLOT.top} ${PW} ${PH}`,
  }, ...tierBands, ...grid, ...limits, line, ...circles, tip);
  svg.addEventListener('keydown', (e) => {
    const i = circles.indexOf(e.target as SVGCircleElement);
    if (i < 0) return;
    const next = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: circles.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    moveFocus(i, Math.min(Math.max(next, 0), circles.length - 1));
  });
  svg.addEventListener('mouseleave', () => tip.setAttribute('visibility', 'hidden'));

  const others = curve.bands.filter((b) => !b.current);
  return h('div', { class: 'chart-box' },
    svg,
    h('ul', { class: 'legend' },
      ...curve.tiers.map((t) => h('li', {}, `${tr(lang, 'rate')} ${t.rate}: ${tr(lang, 'xAxis')} ${shortYen(t.from, lang)}${lang === 'ja' ? '〜' : '–'}${shortYen(t.to ?? curve.capCost, lang)}`)),
      others.length > 0 && h('li', {}, `${tr(lang, 'otherBands')}:`, h('ul', {}, ...others.map((b) => h('li', {}, bandText(b, lang)))))),
    h('details', { class: 'chart-table' },
      h('summary', {}, tr(lang, 'chartTable')),
      scrollBox(tr(lang, 'chartTable'), h('table', {},
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, tr(lang, 'point')), h('th', { scope: 'col' }, tr(lang, 'xAxis')), h('th', { scope: 'col' }, tr(lang, 'yAxis')))),
        h('tbody', {}, ...all.map((p) => h('tr', {}, h('td', {}, tr(lang, KIND_TEXT[p.kind])), h('td', { class: 'num' }, yen(p.cost, lang)), h('td', { class: 'num' }, yen(p.amount, lang)))))))),
  );
}
