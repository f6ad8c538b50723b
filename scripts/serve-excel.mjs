// The development server: serves dist/excel (the functions, the task pane, the ribbon commands,
// the help page, the templates and manifest.xml) over HTTPS on the origin the built manifest names
// (https://localhost:3000), with the trusted dev certificate from office-addin-dev-certs.
// - `npm start` / `npm run start:web` run it through office-addin-debugging, which starts the
//   package.json "dev-server" script detached, waits for the port, then sideloads the manifest
//   (Excel on the web fetches manifest.xml from this server); `npm stop` ends it.
// - `npm run serve` runs it in the foreground and prints how to sideload by hand (Excel on the web
//   upload, Mac, a shared folder), for where office-addin-debugging does not sideload (Linux).
// Never run by tests: it may ask for sudo to install a certificate authority
// (tests/release/officeScripts.test.ts checks its origin and paths through the exports).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:https';
import { homedir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const DIST = fileURLToPath(new URL('../dist/excel/', import.meta.url));
const MANIFEST = join(DIST, 'manifest.xml');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.css': 'text/css; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

function die(lines) {
  console.error(lines.join('\n'));
  process.exit(1);
}

/** Where a built manifest points Excel (its functions.js URL's folder): the server must be that origin. */
export function manifestBase(manifestXml) {
  const m = /DefaultValue="(https:\/\/[^"]+)\/functions\.js"/.exec(manifestXml);
  return m ? new URL(m[1]) : undefined;
}

/** The port and path prefix to serve on for a base URL (a release build's is not this machine: port 3000, no prefix). */
export function serveAt(base) {
  const local = base.hostname === 'localhost' || base.hostname === '127.0.0.1';
  return { local, port: local ? Number(base.port || 443) : 3000, prefix: local ? base.pathname.replace(/\/$/, '') : '' };
}

/** office-addin-dev-certs makes and trusts a localhost certificate (it may ask for sudo once). */
async function httpsOptions(origin) {
  try {
    const { getHttpsServerOptions } = await import('office-addin-dev-certs');
    return await getHttpsServerOptions();
  } catch (e) {
    const dir = join(homedir(), '.office-addin-dev-certs');
    const [cert, key] = [join(dir, 'localhost.crt'), join(dir, 'localhost.key')];
    const reason = e instanceof Error ? e.message : String(e);
    if (existsSync(cert) && existsSync(key)) {
      console.warn(
        [
          '',
          '⚠ 開発用証明書を信頼済みにできませんでした。作成済みの証明書で続行しますが、ブラウザーと Excel はまだ信頼していません。',
          '  Could not trust the development certificate; continuing with the generated one, which browsers and Excel do not trust yet.',
          `  理由 (reason): ${reason}`,
          `  信頼するには (to trust it): CA 証明書 ${join(dir, 'ca.crt')} を OS の信頼済みルートに追加してください`,
          '  (Windows: 証明書をダブルクリック →「信頼されたルート証明機関」/ Mac: キーチェーンアクセスで「常に信頼」/',
          `   Linux: sudo cp ${join(dir, 'ca.crt')} /usr/local/share/ca-certificates/office-addin-dev.crt && sudo update-ca-certificates)。`,
          `  Excel on the web だけなら、ブラウザーで ${origin}/functions.html を一度開いて警告を承認する方法もあります。`,
          `  (For Excel on the web only, opening ${origin}/functions.html once and accepting the warning also works.)`,
          '',
        ].join('\n'),
      );
      return { cert: readFileSync(cert), key: readFileSync(key) };
    }
    return die([
      '開発用の HTTPS 証明書を用意できませんでした (Could not obtain a development HTTPS certificate).',
      `  理由 (reason): ${reason}`,
      '対処 (what to do):',
      '  1. 管理者権限のあるターミナルで npx office-addin-dev-certs install を実行し、もう一度 npm start',
      '     (run `npx office-addin-dev-certs install` in a terminal with admin rights / sudo, then npm start again), または',
      '  2. 実際の HTTPS ホスティングに dist/excel を置き、ITHOJO_BASE_URL=https://… npm run build でマニフェストを作る',
      '     (host dist/excel on real HTTPS and build the manifest with ITHOJO_BASE_URL=https://… npm run build).',
      '詳しくは docs/excel.md を参照してください (see docs/excel.md).',
    ]);
  }
}

/** The file under dist/excel for a request path below the base URL's path; nothing outside it. */
export function fileFor(urlPath, prefix) {
  let p;
  try {
    p = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return undefined;
  }
  if (prefix && (p === prefix || p.startsWith(`${prefix}/`))) p = p.slice(prefix.length);
  const rel = normalize(p).replace(/^[/\\]+/, '');
  // the root is the pane: in a plain browser it runs as a preview
  const file = join(DIST, rel === '' ? 'taskpane.html' : rel);
  return file.startsWith(DIST) ? file : undefined;
}

function sideloadSteps(base) {
  return [
    '',
    `ITHOJO アドインを配信中 (serving the add-in): ${base}/  ← dist/excel`,
    `マニフェスト (manifest): ${MANIFEST}`,
    '',
    '自動で読み込むには、これを止めて npm start (Windows / Mac の Excel) か npm run start:web -- --document "<ブックの URL>" (Excel on the web)。',
    '(To sideload automatically, stop this and run npm start for desktop Excel on Windows or Mac, or npm run start:web -- --document "<workbook URL>".)',
    '手で読み込むには (to sideload by hand):',
    '',
    '■ Excel on the web',
    '  1. ブラウザーで Excel のブックを開く (open a workbook in Excel on the web)',
    '  2. [ホーム] または [挿入] → [アドイン] → [その他の設定 / 詳細] → [マイ アドインのアップロード]',
    '     (Home or Insert → Add-ins → More settings / Advanced → Upload My Add-in)',
    '  3. 上のマニフェストを選んで [アップロード] (choose the manifest above → Upload)',
    '  4. セルに =ITHOJO.AMOUNT("通常枠", 1000000) と入力 → 500000 (type it in a cell)',
    '  5. [ホーム] → ITHOJO → [補助金計算] で作業ウィンドウ、[テンプレート] で見積書・シナリオ表を挿入',
    '     (Home → ITHOJO → Subsidy calculator opens the pane; Templates inserts the quote or the scenario table)',
    '',
    '■ Excel for Windows (共有フォルダー カタログ / shared folder catalog)',
    '  1. dist\\excel をネットワーク共有にする (share the dist\\excel folder, e.g. \\\\MYPC\\ithojo)',
    '  2. [ファイル] → [オプション] → [トラスト センター] → [トラスト センターの設定] → [信頼できるアドイン カタログ]',
    '     に共有パスを追加し [メニューに表示する] にチェック → Excel を再起動',
    '     (File → Options → Trust Center → Trust Center Settings → Trusted Add-in Catalogs: add the share, tick Show in Menu, restart Excel)',
    '  3. [ホーム] → [アドイン] → [その他のアドイン] → [共有フォルダー] → ITHOJO → [追加]',
    '     (Home → Add-ins → More Add-ins → SHARED FOLDER → ITHOJO → Add)',
    '',
    '■ Excel for Mac',
    '  1. mkdir -p ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef',
    `  2. cp "${MANIFEST}" ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/`,
    '  3. Excel を再起動 → [挿入] → [アドイン] → [個人用アドイン] → ITHOJO (restart Excel → Insert → Add-ins → My Add-ins → ITHOJO)',
    '',
    `作業ウィンドウをブラウザーで試す (the pane as a preview in a browser): ${base}/taskpane.html`,
    `関数リファレンス (function reference): ${base}/help.html`,
    '#NAME? が出るときは [ホーム] → ITHOJO → [テンプレート] → [#NAME? を直す]、または Office のキャッシュを消して再読み込み: docs/excel.md「トラブルシューティング」',
    '(#NAME? after an update: clear the Office cache and sideload again; see docs/excel.md, Troubleshooting.)',
    '停止は Ctrl+C (stop with Ctrl+C).',
    '',
  ].join('\n');
}

function serve() {
  if (!existsSync(MANIFEST)) die(['dist/excel がありません。先に npm run build を実行してください (dist/excel is missing: run npm run build).']);
  const base = manifestBase(readFileSync(MANIFEST, 'utf8'));
  if (!base) die(['dist/excel/manifest.xml に functions.js の URL がありません (no functions.js URL in the manifest).']);
  const { local, port, prefix } = serveAt(base);
  if (!local) {
    console.warn(
      `⚠ dist/excel/manifest.xml は ${base.origin} を指しています (ITHOJO_BASE_URL のビルド)。ローカルで試すには ITHOJO_BASE_URL なしで npm start してください。\n` +
        `  The manifest points at ${base.origin} (a release build); run npm start without ITHOJO_BASE_URL to try it locally.`,
    );
  }
  return httpsOptions(`https://localhost:${port}${prefix}`).then((options) => {
    const server = createServer(options, (req, res) => {
      const file = req.method === 'GET' || req.method === 'HEAD' ? fileFor(req.url ?? '/', prefix) : undefined;
      if (!file || !existsSync(file) || !statSync(file).isFile()) {
        res.writeHead(req.method === 'GET' || req.method === 'HEAD' ? 404 : 405, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('Not found (見つかりません)\n');
        return;
      }
      // no-store: Office keeps old copies of add-in files; during development every load should be fresh.
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
        'Access-Control-Allow-Origin': '*',
      });
      res.end(req.method === 'HEAD' ? undefined : readFileSync(file));
    });
    server.on('error', (e) =>
      die([`サーバーを起動できません (cannot start the server) on port ${port}: ${e.message}`, 'ポートを使っている他のプロセスを止めてください (stop whatever uses the port).']),
    );
    server.listen(port, () => console.log(sideloadSteps(`https://localhost:${port}${prefix}`)));
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await serve();
