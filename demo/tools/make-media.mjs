// Makes the demo's sample media (run once; the results are committed): JPEG illustrations drawn
// on a canvas, short WebM clips recorded from a canvas, and small PDF brochures, in Debian's
// Chromium through playwright-core. `node demo/tools/make-media.mjs`
import { writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../test/chromium.mjs';

const out = new URL('../public/', import.meta.url);
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage();
await page.setContent('<canvas width="640" height="360"></canvas>');

// Scenes: [file, sky top, sky bottom, ground, kind]
const scenes = [
  ['plant-suzhou', '#5b8fd6', '#cfe3f7', '#6d7b5e', 'factory'],
  ['plant-night', '#0b1633', '#2c3f74', '#1c2230', 'factory'],
  ['robot-arm', '#dfe6ee', '#f7f9fb', '#9aa5b1', 'machine'],
  ['control-room', '#1e2a38', '#36506b', '#111820', 'screens'],
  ['solar-field', '#4aa3df', '#fbe7a1', '#7a8f3a', 'panels'],
  ['wind-farm', '#7fb8e6', '#e8f1f8', '#8ea36b', 'turbines'],
  ['harbour', '#f0a35e', '#fbd9a3', '#2f5d7c', 'cranes'],
  ['trade-fair', '#3a2f5b', '#8a6fb3', '#2b2438', 'booths'],
  ['city-office', '#87b5e5', '#e2eef9', '#4b5563', 'towers'],
  ['lab', '#e8f3f1', '#ffffff', '#b7c9c6', 'flasks'],
  ['team', '#f6d6b8', '#fdf1e6', '#c98e62', 'people'],
  ['award', '#1d1d3f', '#5a4a8a', '#141428', 'trophy'],
  ['growth-chart', '#f4f6f9', '#ffffff', '#dfe4ea', 'chart'],
  ['globe', '#0b2545', '#13315c', '#0b1a30', 'globe'],
  ['warehouse', '#c9d3dd', '#eef2f6', '#7c8691', 'racks'],
  ['training', '#d9e8d4', '#f4faf2', '#90a987', 'people'],
  ['green-campus', '#8cc6e8', '#e9f6fb', '#5f9e4b', 'trees'],
  ['product-valve', '#2b2f36', '#4a525e', '#1b1e23', 'machine'],
  ['service-van', '#9ec9f0', '#eaf4fd', '#6a6f76', 'van'],
  ['signing', '#efe6da', '#fbf7f1', '#a68a6d', 'people'],
  ['video-poster-1', '#0a3d7a', '#2f6db3', '#082c58', 'factory'],
  ['video-poster-2', '#2d1b4e', '#7b4bb3', '#1b1030', 'screens'],
  ['video-poster-3', '#084c3a', '#1e8a6a', '#06281f', 'turbines'],
  ['video-poster-4', '#5a1d1d', '#b34747', '#2e0f0f', 'machine'],
];

const draw = (scene, t = 0) => {
  const [, top, bottom, ground, kind] = scene;
  const c = document.querySelector('canvas');
  const g = c.getContext('2d');
  let seed = [...scene[0]].reduce((a, ch) => a + ch.charCodeAt(0), 7);
  const rnd = () => ((seed = (seed * 9301 + 49297) % 233280) / 233280);
  const sky = g.createLinearGradient(0, 0, 0, 260);
  sky.addColorStop(0, top);
  sky.addColorStop(1, bottom);
  g.fillStyle = sky;
  g.fillRect(0, 0, 640, 360);
  g.fillStyle = 'rgba(255,255,255,0.35)';
  g.beginPath();
  g.arc(520 - t * 30, 70, 34, 0, Math.PI * 2);
  g.fill();
  g.fillStyle = ground;
  g.fillRect(0, 260, 640, 100);
  const shade = (alpha) => `rgba(0,0,0,${alpha})`;
  g.fillStyle = shade(0.45);
  if (kind === 'factory') {
    for (let i = 0; i < 5; i++) g.fillRect(40 + i * 115, 170 - rnd() * 40, 95, 120);
    for (let i = 0; i < 3; i++) {
      g.fillRect(90 + i * 190, 80, 18, 110);
      g.fillStyle = 'rgba(255,255,255,0.5)';
      g.beginPath();
      g.arc(99 + i * 190 + t * 20, 70 - t * 20, 16 + t * 6, 0, Math.PI * 2);
      g.fill();
      g.fillStyle = shade(0.45);
    }
  } else if (kind === 'towers') {
    for (let i = 0; i < 9; i++) g.fillRect(20 + i * 70, 260 - (90 + rnd() * 150), 55, 260);
  } else if (kind === 'panels') {
    g.fillStyle = '#1f3b5c';
    for (let r = 0; r < 3; r++) for (let i = 0; i < 8; i++) g.fillRect(20 + i * 78 + r * 10, 270 + r * 28, 64, 20);
  } else if (kind === 'turbines') {
    g.strokeStyle = 'rgba(255,255,255,0.9)';
    g.lineWidth = 4;
    for (let i = 0; i < 4; i++) {
      const x = 80 + i * 150, y = 120 + (i % 2) * 30;
      g.beginPath(); g.moveTo(x, y); g.lineTo(x, 262); g.stroke();
      for (let b = 0; b < 3; b++) {
        const a = t * 2 + b * (Math.PI * 2 / 3) + i;
        g.beginPath(); g.moveTo(x, y); g.lineTo(x + Math.cos(a) * 55, y + Math.sin(a) * 55); g.stroke();
      }
    }
  } else if (kind === 'cranes') {
    g.fillStyle = 'rgba(20,30,40,0.7)';
    for (let i = 0; i < 3; i++) { g.fillRect(100 + i * 180, 90, 14, 170); g.fillRect(60 + i * 180, 90, 120, 10); }
    for (let i = 0; i < 10; i++) { g.fillStyle = ['#c0392b', '#2e86c1', '#d4ac0d', '#239b56'][i % 4]; g.fillRect(30 + i * 58, 235, 50, 25); }
  } else if (kind === 'screens') {
    for (let i = 0; i < 6; i++) {
      g.fillStyle = '#0d1b2a'; g.fillRect(40 + i * 98, 110, 86, 60);
      g.strokeStyle = ['#4fd1c5', '#f6ad55', '#63b3ed'][i % 3]; g.lineWidth = 2; g.beginPath();
      for (let x = 0; x < 80; x += 8) g.lineTo(43 + i * 98 + x, 150 - Math.sin((x + t * 40) / 9 + i) * 14);
      g.stroke();
    }
  } else if (kind === 'chart') {
    const colors = ['#0a3d7a', '#2f6db3', '#5b9bd5', '#c8102e'];
    for (let i = 0; i < 8; i++) { g.fillStyle = colors[i % 4]; const h = 40 + i * 22 + rnd() * 20; g.fillRect(60 + i * 68, 300 - h, 44, h); }
  } else if (kind === 'globe') {
    g.strokeStyle = '#7fb3e6'; g.lineWidth = 2;
    g.beginPath(); g.arc(320, 180, 110, 0, Math.PI * 2); g.stroke();
    for (let i = -2; i <= 2; i++) { g.beginPath(); g.ellipse(320, 180, Math.abs(i) * 25 + 10, 110, 0, 0, Math.PI * 2); g.stroke(); g.beginPath(); g.moveTo(215, 180 + i * 40); g.lineTo(425, 180 + i * 40); g.stroke(); }
  } else if (kind === 'people' || kind === 'booths') {
    for (let i = 0; i < 7; i++) {
      g.fillStyle = ['#2c3e50', '#8e44ad', '#16a085', '#c0392b', '#2980b9'][i % 5];
      const x = 60 + i * 80, y = 200 + rnd() * 30;
      g.beginPath(); g.arc(x, y - 40, 18, 0, Math.PI * 2); g.fill();
      g.fillRect(x - 22, y - 20, 44, 80);
    }
  } else if (kind === 'trophy') {
    g.fillStyle = '#e8b923'; g.beginPath(); g.moveTo(270, 90); g.lineTo(370, 90); g.lineTo(350, 180); g.lineTo(290, 180); g.fill();
    g.fillRect(312, 180, 16, 50); g.fillRect(280, 230, 80, 18);
  } else if (kind === 'flasks' || kind === 'racks' || kind === 'trees' || kind === 'van' || kind === 'machine') {
    for (let i = 0; i < 6; i++) {
      g.fillStyle = kind === 'trees' ? '#2f6d3a' : kind === 'flasks' ? '#5dade2' : 'rgba(40,45,55,0.75)';
      if (kind === 'trees') { g.beginPath(); g.arc(70 + i * 100, 200, 45, 0, Math.PI * 2); g.fill(); }
      else if (kind === 'van') { g.fillRect(170, 180, 300, 80); g.fillStyle = '#111'; g.beginPath(); g.arc(230, 262, 22, 0, 7); g.arc(420, 262, 22, 0, 7); g.fill(); break; }
      else if (kind === 'machine') { g.fillRect(120 + i * 70, 260 - 60 - i * 18, 50, 60 + i * 18); g.save(); g.translate(320, 140); g.rotate(t + i); g.fillStyle = '#f0b429'; g.fillRect(-6, -70, 12, 70); g.restore(); }
      else g.fillRect(60 + i * 95, 150 + (i % 2) * 20, 60, 110);
    }
  }
  g.fillStyle = 'rgba(0,0,0,0.12)';
  g.fillRect(0, 330, 640, 30);
};

const sizes = {};
for (const scene of scenes) {
  const data = await page.evaluate(([scene, source]) => {
    eval(source); // the drawing function, sent as text (this page is ours, offline, run once)
    draw(scene, 0);
    return document.querySelector('canvas').toDataURL('image/jpeg', 0.72);
  }, [scene, `var draw = ${draw.toString()}`]);
  const bytes = Buffer.from(data.split(',')[1], 'base64');
  await writeFile(new URL(`images/${scene[0]}.jpg`, out), bytes);
  sizes[`images/${scene[0]}.jpg`] = bytes.length;
}

for (const [index, name] of ['factory-tour', 'control-centre', 'wind-power', 'valve-line'].entries()) {
  const data = await page.evaluate(async ([scene, source]) => {
    eval(source);
    const canvas = document.querySelector('canvas');
    const stream = canvas.captureStream(15);
    const recorder = new MediaRecorder(stream, { mimeType: 'video/webm', videoBitsPerSecond: 350_000 });
    const chunks = [];
    recorder.ondataavailable = (event) => chunks.push(event.data);
    recorder.start();
    const started = performance.now();
    await new Promise((resolve) => {
      const frame = () => {
        const t = (performance.now() - started) / 1000;
        draw(scene, t);
        if (t < 3.5) requestAnimationFrame(frame);
        else resolve();
      };
      frame();
    });
    recorder.stop();
    await new Promise((resolve) => (recorder.onstop = resolve));
    const buffer = await new Blob(chunks).arrayBuffer();
    let binary = '';
    for (const byte of new Uint8Array(buffer)) binary += String.fromCharCode(byte);
    return btoa(binary);
  }, [scenes[20 + index], `var draw = ${draw.toString()}`]);
  const bytes = Buffer.from(data, 'base64');
  await writeFile(new URL(`media/${name}.webm`, out), bytes);
  sizes[`media/${name}.webm`] = bytes.length;
}

const brochures = [
  ['catalogue-2026', 'Hengyuan Product Catalogue 2026', 'Valves, controllers and drives for process industries.'],
  ['esg-report-2025', 'Sustainability Report 2025', 'Energy, water, safety and governance figures for all plants.'],
  ['company-profile', 'Company Profile', 'Hengyuan Group at a glance: history, business lines, global network.'],
  ['service-guide', 'Service and Spare Parts Guide', 'Maintenance plans, response times and parts for installed equipment.'],
  ['smart-factory', 'Smart Factory Solutions', 'Sensors, control systems and analytics for connected plants.'],
];
const pdfPage = await browser.newPage();
for (const [name, title, text] of brochures) {
  await pdfPage.setContent(`<html><body style="font-family: sans-serif; margin: 0">
    <div style="height: 40vh; background: linear-gradient(120deg, #0a3d7a, #2f6db3); color: #fff; padding: 48px">
      <p style="letter-spacing: .2em; margin: 0">HENGYUAN GROUP</p><h1 style="font-size: 40px">${title}</h1></div>
    <div style="padding: 48px; font-size: 16px; line-height: 1.6"><p>${text}</p>
      <p>This brochure is sample content of the news-elements demo. It shows how a Corporate Brochure article offers downloads with their file type and size.</p>
    </div></body></html>`);
  const bytes = await pdfPage.pdf({ format: 'A4', printBackground: true });
  await writeFile(new URL(`media/${name}.pdf`, out), bytes);
  sizes[`media/${name}.pdf`] = bytes.length;
}

await browser.close();
await writeFile(new URL('data/media-sizes.json', out), `${JSON.stringify(sizes, null, 2)}\n`);
console.log(sizes);
