# Benchmark: a text-adventure command parser and world simulation (string splitting, dict dispatch, methods).
class Room:
    def __init__(self, name, description):
        self.name = name
        self.description = description
        self.exits = {}
        self.items = []

    def describe(self):
        parts = [self.name + ": " + self.description]
        if self.items:
            parts.append("You see " + ", ".join(sorted(self.items)) + ".")
        parts.append("Exits: " + " ".join(sorted(self.exits)))
        return " ".join(parts)


class Player:
    def __init__(self, room):
        self.room = room
        self.inventory = []
        self.moves = 0
        self.score = 0


SYNONYMS = {
    "n": "north", "s": "south", "e": "east", "w": "west",
    "get": "take", "grab": "take", "pick": "take", "walk": "go", "run": "go",
    "l": "look", "i": "inventory", "inv": "inventory", "toss": "drop",
}
STOPWORDS = {"the", "a", "an", "up", "to", "at", "please"}
DIRECTIONS = ("north", "south", "east", "west")


def build_world():
    names = ["Hall", "Kitchen", "Library", "Garden", "Cellar", "Attic", "Study", "Pantry", "Gallery"]
    rooms = [Room(n, "a room called the " + n.lower()) for n in names]
    # a 3x3 grid
    for i, room in enumerate(rooms):
        r, c = divmod(i, 3)
        if r > 0:
            room.exits["north"] = rooms[i - 3]
        if r < 2:
            room.exits["south"] = rooms[i + 3]
        if c > 0:
            room.exits["west"] = rooms[i - 1]
        if c < 2:
            room.exits["east"] = rooms[i + 1]
    treasure = ["lamp", "key", "book", "coin", "rope", "apple", "map", "sword", "gem"]
    for i, t in enumerate(treasure):
        rooms[(i * 4) % 9].items.append(t)
    return rooms


def parse(line):
    words = [w.strip(".,!?").lower() for w in line.split()]
    words = [SYNONYMS.get(w, w) for w in words if w and w not in STOPWORDS]
    if not words:
        return None, []
    verb, args = words[0], words[1:]
    if verb in DIRECTIONS:
        return "go", [verb]
    return verb, args


class Game:
    def __init__(self):
        self.rooms = build_world()
        self.player = Player(self.rooms[0])
        self.log = []
        self.handlers = {
            "go": self.do_go, "take": self.do_take, "drop": self.do_drop,
            "look": self.do_look, "inventory": self.do_inventory,
        }

    def do_go(self, args):
        if not args:
            return "Go where?"
        room = self.player.room.exits.get(args[0])
        if room is None:
            return "You can't go " + args[0] + "."
        self.player.room = room
        self.player.moves += 1
        return room.describe()

    def do_take(self, args):
        room = self.player.room
        for name in args:
            if name in room.items:
                room.items.remove(name)
                self.player.inventory.append(name)
                self.player.score += len(name)
                return "Taken: " + name
        return "Nothing like that here."

    def do_drop(self, args):
        for name in args:
            if name in self.player.inventory:
                self.player.inventory.remove(name)
                self.player.room.items.append(name)
                return "Dropped: " + name
        return "You don't have that."

    def do_look(self, args):
        return self.player.room.describe()

    def do_inventory(self, args):
        if not self.player.inventory:
            return "You carry nothing."
        return "You carry: " + ", ".join(self.player.inventory)

    def command(self, line):
        verb, args = parse(line)
        if verb is None:
            return "Say something."
        handler = self.handlers.get(verb)
        if handler is None:
            return "I don't know how to '%s'." % verb
        return handler(args)


SCRIPT = [
    "look", "go east", "take the lamp", "walk south", "grab key", "n", "E", "get the book!",
    "inventory", "run west", "drop lamp", "dance", "go up", "s", "s", "take map please",
    "w", "toss key", "pick up the coin", "i", "l", "go north", "take rope", "jump",
]


def main():
    total_len = 0
    checksum = 0
    last = ""
    for game_no in range(6000):
        game = Game()
        for k, line in enumerate(SCRIPT):
            # vary the script a little per game so the worlds diverge
            if (game_no + k) % 7 == 0:
                line = DIRECTIONS[(game_no + k) % 4]
            reply = game.command(line)
            total_len += len(reply)
            checksum = (checksum * 31 + hash(len(reply)) + len(reply.split())) % 1_000_000_007
            last = reply
        p = game.player
        checksum = (checksum + p.score * 17 + p.moves + len(p.inventory)) % 1_000_000_007
    print(total_len, checksum)
    print(last)


main()
