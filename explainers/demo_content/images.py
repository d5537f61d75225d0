"""Our own demo illustrations, drawn in code so no image files need shipping."""

import io
import random

from PIL import Image, ImageDraw

WIDTH, HEIGHT = 1200, 675
PALETTE = {
    "sky": (226, 239, 246),
    "ground": (120, 168, 110),
    "roofs": [(160, 60, 50), (90, 90, 110), (180, 120, 60)],
    "walls": [(240, 220, 190), (210, 200, 230), (250, 240, 220), (200, 225, 210)],
    "people": [(30, 80, 150), (200, 90, 40), (60, 130, 80), (150, 60, 120)],
}
TITLES = {
    "huizen": "Rij huizen in een wijk (illustratie)",
    "buurt": "Buurt met huizen, bomen en een plein (illustratie)",
    "samen": "Bewoners samen in de wijk (illustratie)",
}


def _houses(draw, rng, count, base_y):
    step = WIDTH // count
    for i in range(count):
        left = i * step + 10
        height = rng.randint(180, 300)
        top = base_y - height
        draw.rectangle(
            [left, top, left + step - 20, base_y], fill=rng.choice(PALETTE["walls"])
        )
        draw.polygon(
            [
                (left - 10, top),
                (left + (step - 20) // 2, top - 90),
                (left + step - 10, top),
            ],
            fill=rng.choice(PALETTE["roofs"]),
        )
        for row in range(2):
            for col in range(2):
                x = left + 25 + col * (step - 90)
                y = top + 30 + row * 80
                draw.rectangle([x, y, x + 40, y + 50], fill=(90, 130, 170))


def _trees(draw, rng, count, base_y):
    for _ in range(count):
        x = rng.randint(40, WIDTH - 40)
        draw.rectangle([x - 8, base_y - 60, x + 8, base_y], fill=(110, 80, 50))
        draw.ellipse([x - 50, base_y - 150, x + 50, base_y - 50], fill=(70, 140, 80))


def _people(draw, rng, count, base_y):
    for _ in range(count):
        x = rng.randint(60, WIDTH - 60)
        colour = rng.choice(PALETTE["people"])
        draw.ellipse([x - 18, base_y - 130, x + 18, base_y - 94], fill=(120, 90, 70))
        draw.rounded_rectangle([x - 26, base_y - 92, x + 26, base_y], 12, fill=colour)


def draw_illustration(key):
    """PNG bytes of the illustration for ``key`` (huizen, buurt or samen)."""
    rng = random.Random(key)  # same picture every run: the loader stays idempotent
    image = Image.new("RGB", (WIDTH, HEIGHT), PALETTE["sky"])
    draw = ImageDraw.Draw(image)
    ground = HEIGHT - 120
    draw.rectangle([0, ground, WIDTH, HEIGHT], fill=PALETTE["ground"])
    if key == "huizen":
        _houses(draw, rng, 6, ground)
    elif key == "buurt":
        _houses(draw, rng, 4, ground)
        _trees(draw, rng, 5, ground + 40)
    else:
        _trees(draw, rng, 3, ground)
        _people(draw, rng, 9, ground + 60)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
