"""Frame rendering for the motion scenes: backgrounds from packaged photographs, moving
sprites (people, cars, animals), nuisances (sway, clouds, exposure, lights, IR noise, insects,
rain, headlights, a TV) and camera noise. numpy + Pillow; every random draw comes from the
scene's seed, so a scene renders the same frames on every run."""
from __future__ import annotations

import math
import os

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

W, H = 640, 360


def _skimage_data(name):
    import skimage
    return os.path.join(os.path.dirname(skimage.__file__), "data", name)


def _sklearn_image(name):
    import sklearn
    return os.path.join(os.path.dirname(sklearn.__file__), "datasets", "images", name)


# Where each named picture comes from (see README.md for package and licence).
SOURCES = {
    "aitzgorri": "/usr/share/backgrounds/aitzgorri_by_Aitzol_Berasategi.jpg",
    "picosdeeuropa": "/usr/share/backgrounds/picosdeeuropa_by_Aitzol_Berasategi.jpg",
    "life": "/usr/share/backgrounds/life_by_Aitzol_Berasategi.jpg",
    "wine": "/usr/share/backgrounds/Wine_by_Jakkub_Mede.jpg",
    "dragonfly": "/usr/share/backgrounds/Dragonfly_by_Bolly.jpg",
    "painting": "/usr/share/backgrounds/Painting-Colors_by__herobrine7gamer.jpg",
    "friends": "/usr/share/backgrounds/friends_by_Aitzol_Berasategi.jpg",
    "seeding": "/usr/share/backgrounds/seeding_by_Clements_Engelhardt.jpg",
    "umang": "/usr/share/backgrounds/umang_by_Abhishek_Mudgal.jpg",
    "kleiber": "/usr/share/backgrounds/Kleiber_by_Lukas_Baubkus.jpg",
    "china": "sklearn:china.jpg",
    "rocket": "skimage:rocket.jpg",
    "motorcycle": "skimage:motorcycle_left.png",
    "camera": "skimage:camera.png",
    "horse": "skimage:horse.png",
}


def source_path(name):
    src = SOURCES[name]
    if src.startswith("skimage:"):
        return _skimage_data(src.split(":", 1)[1])
    if src.startswith("sklearn:"):
        return _sklearn_image(src.split(":", 1)[1])
    return src


def load_image(name, crop=None, size=(W, H)):
    """The picture `name`, cropped to `crop` (fractions x0, y0, x1, y1), resized to `size`,
    as float32 RGB 0..255."""
    im = Image.open(source_path(name)).convert("RGB")
    if crop:
        w, h = im.size
        im = im.crop((int(crop[0] * w), int(crop[1] * h), int(crop[2] * w), int(crop[3] * h)))
    im = im.resize(size, Image.LANCZOS)
    return np.asarray(im, dtype=np.float32)


def texture(name, crop, size):
    return load_image(name, crop, size)


# ---------------------------------------------------------------- sprites

class Sprite:
    """A moving object: `path` is a list of (t, x, y, height) key points (x, y = feet,
    picture pixels; linear in between); rendered only between the first and last key time."""

    def __init__(self, kind, path, tex, seed, shade=1.0, label=""):
        self.kind = kind
        self.path = path
        self.tex = tex
        self.rng = np.random.default_rng(seed)
        self.shade = shade
        self.label = label or kind
        self.stride = 0.0

    def at(self, t):
        p = self.path
        if t < p[0][0] or t > p[-1][0]:
            return None
        for (t0, x0, y0, h0), (t1, x1, y1, h1) in zip(p, p[1:]):
            if t0 <= t <= t1:
                a = 0.0 if t1 == t0 else (t - t0) / (t1 - t0)
                return x0 + a * (x1 - x0), y0 + a * (y1 - y0), h0 + a * (h1 - h0)
        return None

    def distance(self, t):
        """Path length walked up to `t` (drives the gait)."""
        d, p = 0.0, self.path
        for (t0, x0, y0, _), (t1, x1, y1, _) in zip(p, p[1:]):
            if t <= t0:
                break
            a = min(1.0, (t - t0) / max(1e-9, t1 - t0))
            d += a * math.hypot(x1 - x0, y1 - y0)
        return d

    def render(self, t):
        """(rgba float32 array, x0, y0) or None."""
        pos = self.at(t)
        if pos is None:
            return None
        x, y, h = pos
        h = max(8.0, h)
        phase = self.distance(t) / max(4.0, 0.9 * h) * math.pi
        if self.kind == "person":
            mask = _person_mask(h, phase)
        elif self.kind == "car":
            mask = _car_mask(h, self.distance(t))
        else:
            mask = _animal_mask(h, phase)
        mh, mw = mask.shape
        tex = np.asarray(Image.fromarray(self.tex.astype(np.uint8)).resize((mw, mh)), dtype=np.float32)
        # Shading: lit from above-left, darker towards the feet.
        yy = np.linspace(1.1, 0.75, mh, dtype=np.float32)[:, None, None]
        rgb = tex * yy * self.shade
        rgba = np.concatenate([rgb, mask[..., None] * 255.0], axis=2)
        x0 = int(round(x - mw / 2))
        y0 = int(round(y - mh))
        if self.kind == "animal" and self.path[-1][1] < self.path[0][1]:
            rgba = rgba[:, ::-1]
        if self.kind == "car" and self.path[-1][1] < self.path[0][1]:
            rgba = rgba[:, ::-1]
        return rgba, x0, y0


def _supersampled(w, h, draw_fn, ss=4):
    im = Image.new("L", (max(1, int(w * ss)), max(1, int(h * ss))), 0)
    draw_fn(ImageDraw.Draw(im), ss)
    im = im.resize((max(1, int(round(w))), max(1, int(round(h)))), Image.LANCZOS)
    return np.asarray(im, dtype=np.float32) / 255.0


def _person_mask(h, phase):
    w = 0.5 * h

    def draw(d, s):
        cx = w / 2 * s
        head = 0.12 * h * s
        d.ellipse((cx - head * 0.8, 0, cx + head * 0.8, 2 * head), fill=255)
        d.rounded_rectangle((cx - 0.13 * h * s, 1.9 * head, cx + 0.13 * h * s, 0.55 * h * s),
                            radius=0.05 * h * s, fill=255)
        hip = (cx, 0.52 * h * s)
        sh = (cx, 0.28 * h * s)
        for sign in (1, -1):
            a = sign * 0.45 * math.sin(phase)
            foot = (hip[0] + math.sin(a) * 0.47 * h * s, hip[1] + math.cos(a) * 0.47 * h * s)
            d.line((hip, foot), fill=255, width=max(1, int(0.085 * h * s)))
            b = -sign * 0.35 * math.sin(phase)
            hand = (sh[0] + math.sin(b) * 0.33 * h * s, sh[1] + math.cos(b) * 0.33 * h * s)
            d.line((sh, hand), fill=255, width=max(1, int(0.06 * h * s)))

    return _supersampled(w, h, draw)


def _car_mask(h, dist):
    w = 2.6 * h

    def draw(d, s):
        d.rounded_rectangle((0, 0.42 * h * s, w * s, 0.85 * h * s), radius=0.12 * h * s, fill=255)
        d.polygon([(0.22 * w * s, 0.45 * h * s), (0.32 * w * s, 0.05 * h * s),
                   (0.72 * w * s, 0.05 * h * s), (0.85 * w * s, 0.45 * h * s)], fill=255)
        # Windows are darker (drawn as partial alpha holes, filled by the dark glass below).
        d.polygon([(0.3 * w * s, 0.42 * h * s), (0.36 * w * s, 0.12 * h * s),
                   (0.69 * w * s, 0.12 * h * s), (0.78 * w * s, 0.42 * h * s)], fill=150)
        for cxw in (0.2, 0.8):
            r = 0.17 * h * s
            cx, cy = cxw * w * s, 0.83 * h * s
            d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=255)
            for k in range(3):
                a = dist / (0.17 * h) + k * 2.09
                d.line(((cx, cy), (cx + math.cos(a) * r * 0.8, cy + math.sin(a) * r * 0.8)),
                       fill=200, width=max(1, int(0.03 * h * s)))

    m = _supersampled(w, h, draw)
    # Windows and hubcaps were drawn at part strength: the car stays opaque.
    return np.clip(m * 1.7, 0, 1).astype(np.float32)


_HORSE = None


def _animal_mask(h, phase):
    global _HORSE
    if _HORSE is None:
        im = Image.open(source_path("horse")).convert("L")
        a = 1.0 - np.asarray(im, dtype=np.float32) / 255.0
        ys, xs = np.nonzero(a > 0.5)
        _HORSE = Image.fromarray((a[ys.min():ys.max() + 1, xs.min():xs.max() + 1] * 255).astype(np.uint8))
    ratio = _HORSE.size[0] / _HORSE.size[1]
    bob = 0.04 * h * abs(math.sin(phase))
    im = _HORSE.resize((max(2, int(h * ratio)), max(2, int(h))), Image.LANCZOS)
    # Gait: a small shear of the lower half, back and forth.
    sh = 0.12 * math.sin(phase)
    im = im.transform(im.size, Image.AFFINE, (1, sh, -sh * im.size[1] * 0.5, 0, 1, 0), Image.BILINEAR)
    m = np.asarray(im, dtype=np.float32) / 255.0
    pad = int(round(bob))
    if pad:
        m = np.concatenate([m[pad:], np.zeros((pad, m.shape[1]), np.float32)])
    return m


def composite(frame, sprite_out, shadow=0.55):
    """Alpha-blends a rendered sprite (with a soft ground shadow) into `frame` in place;
    returns the number of its opaque pixels inside the picture."""
    rgba, x0, y0 = sprite_out
    mh, mw = rgba.shape[:2]
    # Shadow: a flat ellipse under the feet.
    sw, shh = int(mw * 1.1), max(2, int(mh * 0.12))
    sx0, sy0 = x0 + mw // 2 - sw // 2, y0 + mh - shh // 2
    yy, xx = np.mgrid[0:shh, 0:sw].astype(np.float32)
    ell = np.clip(1.0 - (((xx - sw / 2) / (sw / 2)) ** 2 + ((yy - shh / 2) / (shh / 2)) ** 2), 0, 1)
    _blend_mul(frame, 1.0 - (1.0 - shadow) * ell, sx0, sy0)
    fx0, fy0 = max(0, x0), max(0, y0)
    fx1, fy1 = min(frame.shape[1], x0 + mw), min(frame.shape[0], y0 + mh)
    if fx1 <= fx0 or fy1 <= fy0:
        return 0
    part = rgba[fy0 - y0:fy1 - y0, fx0 - x0:fx1 - x0]
    a = part[..., 3:4] / 255.0
    region = frame[fy0:fy1, fx0:fx1]
    region[:] = region * (1 - a) + part[..., :3] * a
    return int((a[..., 0] > 0.5).sum())


def _blend_mul(frame, m, x0, y0):
    mh, mw = m.shape
    fx0, fy0 = max(0, x0), max(0, y0)
    fx1, fy1 = min(frame.shape[1], x0 + mw), min(frame.shape[0], y0 + mh)
    if fx1 <= fx0 or fy1 <= fy0:
        return
    frame[fy0:fy1, fx0:fx1] *= m[fy0 - y0:fy1 - y0, fx0 - x0:fx1 - x0, None]


# ---------------------------------------------------------------- helpers

def smooth_field(rng, w, h, cell, lo=0.0, hi=1.0):
    """A smooth random field (bicubic upsampling of coarse noise), values lo..hi."""
    gw, gh = max(2, w // cell + 2), max(2, h // cell + 2)
    g = rng.random((gh, gw)).astype(np.float32)
    im = Image.fromarray((g * 255).astype(np.uint8)).resize((gw * cell, gh * cell), Image.BICUBIC)
    f = np.asarray(im, dtype=np.float32)[:h, :w] / 255.0
    f = (f - f.min()) / max(1e-6, f.max() - f.min())
    return lo + (hi - lo) * f


def blob(w, h, cx, cy, rx, ry):
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    return np.exp(-(((xx - cx) / rx) ** 2 + ((yy - cy) / ry) ** 2))


def warp(img, dx, dy, box):
    """Bilinear remap of `img` inside `box` (x0, y0, x1, y1) by displacement fields."""
    x0, y0, x1, y1 = box
    hh, ww = y1 - y0, x1 - x0
    yy, xx = np.mgrid[y0:y1, x0:x1].astype(np.float32)
    sx = np.clip(xx + dx, 0, img.shape[1] - 1.001)
    sy = np.clip(yy + dy, 0, img.shape[0] - 1.001)
    ix, iy = sx.astype(np.int32), sy.astype(np.int32)
    fx, fy = (sx - ix)[..., None], (sy - iy)[..., None]
    a = img[iy, ix] * (1 - fx) + img[iy, ix + 1] * fx
    b = img[iy + 1, ix] * (1 - fx) + img[iy + 1, ix + 1] * fx
    out = img.copy()
    out[y0:y1, x0:x1] = a * (1 - fy) + b * fy
    return out


def gust_envelope(rng, duration, base, peak, n_gusts):
    """Wind strength over time: `base` with `n_gusts` gusts of 2-8 s rising to `peak`."""
    gusts = [(rng.uniform(-2, duration), rng.uniform(2, 8), rng.uniform(0.6, 1.0) * peak)
             for _ in range(n_gusts)]

    def env(t):
        v = base
        for t0, d, p in gusts:
            if t0 <= t <= t0 + d:
                v = max(v, base + (p - base) * math.sin(math.pi * (t - t0) / d) ** 2)
        return v
    return env


# ---------------------------------------------------------------- nuisances

class Sway:
    """Foliage in the wind: a soft region warped back and forth with several frequencies,
    phases varying over the region (leaves and twigs disagree), strength following gusts."""

    def __init__(self, rng, duration, box, amp, freqs, gusts, base=0.35, single_branch=False):
        self.box = box
        x0, y0, x1, y1 = box
        w, h = x1 - x0, y1 - y0
        self.mask = blob(w, h, w / 2, h / 2, w / 2.2, h / 2.2)
        if single_branch:
            # A branch: stronger towards its tip (right end).
            self.mask *= np.linspace(0.2, 1.0, w, dtype=np.float32)[None, :]
        self.phase = smooth_field(rng, w, h, max(6, min(w, h) // 6), 0, 2 * math.pi)
        self.phase2 = smooth_field(rng, w, h, max(4, min(w, h) // 10), 0, 2 * math.pi)
        self.amp = amp
        self.freqs = [(f, rng.uniform(0, 6.28), rng.uniform(0.4, 1.0)) for f in freqs]
        self.env = gust_envelope(rng, duration, base, 1.0, gusts)

    def apply_bg(self, bg, t):
        e = self.env(t) * self.amp
        dx = np.zeros_like(self.mask)
        dy = np.zeros_like(self.mask)
        for k, (f, p0, a) in enumerate(self.freqs):
            ph = 2 * math.pi * f * t + p0 + (self.phase if k % 2 == 0 else self.phase2)
            dx += a * np.sin(ph)
            dy += 0.4 * a * np.cos(1.3 * ph)
        return warp(bg, dx * e * self.mask, dy * e * self.mask, self.box)


class CloudShadows:
    """Soft cloud shadows drifting across the picture, with the camera's exposure partly
    compensating the mean."""

    def __init__(self, rng, duration, depth, speed, cell, coverage=0.5, ae=0.6):
        self.field = smooth_field(rng, W * 3, H, cell)
        self.field = np.clip((self.field - (1 - coverage)) / 0.25, 0, 1)
        self.depth, self.speed, self.ae = depth, speed, ae
        self.dir = 1 if rng.random() < 0.5 else -1
        self.off = rng.uniform(0, W)

    def light(self, t):
        o = int(self.off + self.speed * t) % (2 * W)
        f = self.field[:, o:o + W]
        if self.dir < 0:
            f = f[:, ::-1]
        g = 1.0 - self.depth * f
        g /= (1.0 + self.ae * (g.mean() - 1.0))
        return g


class ExposureHunting:
    """Auto exposure hunting in bursts: the gain oscillates around its value."""

    def __init__(self, rng, duration, amp, period, bursts):
        self.bursts = [(rng.uniform(0, duration - 4), rng.uniform(3, 9)) for _ in range(bursts)]
        self.amp, self.period = amp, period
        self.drift = rng.uniform(0, 6.28)

    def gain(self, t):
        g = 1.0 + 0.05 * math.sin(2 * math.pi * t / 23.0 + self.drift)
        for t0, d in self.bursts:
            if t0 <= t <= t0 + d:
                g *= 1.0 + self.amp * math.sin(2 * math.pi * (t - t0) / self.period) * math.sin(math.pi * (t - t0) / d)
        return g


class LightSwitch:
    """A lamp switched on and off: a pool of light, and the exposure adapting in ~1 s."""

    def __init__(self, rng, duration, times, center, radius, strength):
        self.times = sorted(times)
        self.pool = blob(W, H, center[0], center[1], radius, radius * 0.8)
        self.strength = strength

    def light(self, t):
        on = sum(1 for x in self.times if x <= t) % 2 == 1
        last = max([x for x in self.times if x <= t], default=-100.0)
        lit = 1.0 + (0.35 + self.strength * self.pool) * on
        # Exposure adapts: a jump, then back towards the old mean within about a second.
        adapt = 1.0 - math.exp(-(t - last) / 0.8)
        target = 1.0 / float(np.mean(lit))
        return lit * (1.0 + (target - 1.0) * adapt)


class Headlights:
    """Headlights of passing cars sweeping across a wall band."""

    def __init__(self, rng, duration, passes, band, strength):
        self.passes = [(rng.uniform(0, duration - 4), rng.uniform(2.0, 4.0), rng.choice([-1, 1])) for _ in range(passes)]
        self.band = band  # y0, y1
        self.strength = strength
        yy = np.arange(H, dtype=np.float32)
        y0, y1 = band
        self.vert = np.exp(-((yy - (y0 + y1) / 2) / ((y1 - y0) / 2)) ** 2)[:, None]
        self.xx = np.arange(W, dtype=np.float32)[None, :]

    def light(self, t):
        g = np.ones((H, W), np.float32)
        for t0, d, direction in self.passes:
            if t0 <= t <= t0 + d:
                a = (t - t0) / d
                cx = (-0.3 + 1.6 * a) * W if direction > 0 else (1.3 - 1.6 * a) * W
                fade = math.sin(math.pi * a)
                g += self.strength * fade * self.vert * np.exp(-((self.xx - cx) / (0.22 * W)) ** 2)
        return g


class Screen:
    """A TV or monitor in view: its own moving content, cuts every few seconds."""

    def __init__(self, rng, duration, box, source):
        self.box = box
        x0, y0, x1, y1 = box
        self.src = load_image(source, None, (4 * (x1 - x0), 2 * (y1 - y0)))
        self.cuts = np.cumsum(rng.uniform(1.5, 4.0, 100))
        self.rng_offsets = rng.random((100, 3))

    def apply(self, frame, t):
        x0, y0, x1, y1 = self.box
        k = int(np.searchsorted(self.cuts, t))
        ox, oy, v = self.rng_offsets[k % 100]
        start = self.cuts[k - 1] if k > 0 else 0.0
        sx = int((ox * 2 * (x1 - x0) + (v - 0.5) * 80 * (t - start))) % (3 * (x1 - x0))
        sy = int(oy * (y1 - y0))
        content = self.src[sy:sy + (y1 - y0), sx:sx + (x1 - x0)]
        if content.shape[:2] != (y1 - y0, x1 - x0):
            return
        frame[y0:y1, x0:x1] = 0.15 * frame[y0:y1, x0:x1] + 0.85 * content * (0.9 + 0.2 * v)


class Insects:
    """Moths at the IR lamp: bright blurred blobs flying erratically near the lens."""

    def __init__(self, rng, duration, count, center, spread, size):
        self.rng = rng
        self.flies = []
        for _ in range(count):
            self.flies.append({"p": np.array([center[0] + rng.normal(0, spread), center[1] + rng.normal(0, spread)]),
                               "v": rng.normal(0, 250, 2), "r": rng.uniform(*size), "c": np.array(center, float),
                               "spread": spread, "next": 0.0})
        self.last_t = None

    def apply(self, frame, t):
        dt = 0.0 if self.last_t is None else t - self.last_t
        self.last_t = t
        for f in self.flies:
            if t >= f["next"]:
                f["v"] = self.rng.normal(0, 280, 2) + (f["c"] - f["p"]) * 1.5
                f["next"] = t + self.rng.uniform(0.08, 0.35)
            f["p"] = f["p"] + f["v"] * dt
            r = f["r"]
            x, y = f["p"]
            x0, y0 = int(x - 3 * r), int(y - 3 * r)
            b = blob(int(6 * r) + 1, int(6 * r) + 1, 3 * r, 3 * r, r, r) * 180.0
            fx0, fy0 = max(0, x0), max(0, y0)
            fx1, fy1 = min(W, x0 + b.shape[1]), min(H, y0 + b.shape[0])
            if fx1 > fx0 and fy1 > fy0:
                frame[fy0:fy1, fx0:fx1] += b[fy0 - y0:fy1 - y0, fx0 - x0:fx1 - x0, None]


class Rain:
    """Rain lit by the IR lamp: short bright streaks, new ones every picture, bigger and
    blurrier near the lamp."""

    def __init__(self, rng, duration, density, near):
        self.rng = rng
        self.density = density
        self.near = near

    def apply(self, frame, t):
        im = Image.new("L", (W, H), 0)
        d = ImageDraw.Draw(im)
        n = self.rng.poisson(self.density)
        for _ in range(n):
            x, y = self.rng.uniform(0, W), self.rng.uniform(-20, H)
            ln = self.rng.uniform(8, 30)
            d.line(((x, y), (x + 0.15 * ln, y + ln)), fill=int(self.rng.uniform(40, 110)), width=1)
        for _ in range(self.rng.poisson(self.near)):
            x, y = self.rng.uniform(0, W), self.rng.uniform(-60, H)
            ln = self.rng.uniform(40, 120)
            d.line(((x, y), (x + 0.1 * ln, y + ln)), fill=int(self.rng.uniform(60, 140)), width=int(self.rng.uniform(3, 8)))
        im = im.filter(ImageFilter.GaussianBlur(1.2))
        frame += np.asarray(im, dtype=np.float32)[..., None]


# ---------------------------------------------------------------- camera

_FONT = None


def osd(frame_u8, t, name):
    global _FONT
    if _FONT is None:
        try:
            _FONT = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", 13)
        except OSError:
            _FONT = ImageFont.load_default()
    im = Image.fromarray(frame_u8)
    d = ImageDraw.Draw(im)
    s = int(t) + 14 * 3600 + 7 * 60
    d.text((8, 6), "2026-10-%02d %02d:%02d:%02d" % (12, s // 3600, s // 60 % 60, s % 60), fill=(235, 235, 235), font=_FONT)
    d.text((W - 8 - 8 * len(name), H - 20), name, fill=(235, 235, 235), font=_FONT)
    return np.asarray(im)


def sensor_noise(rng, frame, sigma, chroma):
    """Signal-dependent luma noise with a little spatial correlation, blotchy chroma noise."""
    lum = np.sqrt(np.clip(frame.mean(axis=2, keepdims=True), 0, 255) / 128.0 + 0.25)
    n = rng.normal(0, sigma, (H, W, 1)).astype(np.float32)
    coarse = rng.normal(0, sigma * 0.6, (H // 2, W // 2, 1)).astype(np.float32).repeat(2, 0).repeat(2, 1)
    out = frame + (n + coarse) * lum
    if chroma > 0:
        c = rng.normal(0, chroma, (H // 4, W // 4, 3)).astype(np.float32).repeat(4, 0).repeat(4, 1)
        out += c - c.mean(axis=2, keepdims=True)
    return out
