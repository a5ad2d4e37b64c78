"""The scenes: a tuning part and a held-out part, with different pictures (backgrounds and
sprite textures) and different nuisance parameters. Each scene is a function of a numpy
random generator returning a `Scene`; the seed of each scene is fixed here."""
from __future__ import annotations

from dataclasses import dataclass, field

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
