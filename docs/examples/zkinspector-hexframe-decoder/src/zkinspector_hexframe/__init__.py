"""An example zkinspector decoder: data stored as the text ``hex:`` then hex digits.

Some services keep binary values in ZooKeeper as text (``hex:7b2261223a317d``) so that
``zkCli.sh get`` prints something readable. With this decoder installed, zkinspector shows
the bytes those digits stand for (here, a JSON document) and writes an edit back as
``hex:`` and digits again, in the case the stored digits used.

The decoder needs nothing from zkinspector: it is any object with these attributes.
"""

from __future__ import annotations

import binascii

PREFIX = b"hex:"


class HexFrameDecoder:
    name = "hexframe"  # unique, short
    label = "hex: text"  # shown in the Decode box and the note
    detectable = True  # may be chosen by matches() alone
    compression = False  # the note says "Decoded from hex: text", not "...-compressed"

    def matches(self, data: bytes) -> bool:
        """Cheap check on the first bytes; decode() decides for good."""
        return data.startswith(PREFIX)

    def decode(self, data: bytes) -> bytes:
        """The bytes the digits stand for. Raises ValueError when they are not hex."""
        digits = data[len(PREFIX) :]
        try:
            return binascii.unhexlify(digits)
        except binascii.Error as exc:
            raise ValueError(f"the digits after 'hex:' are not hexadecimal ({exc})") from None

    def encode(self, payload: bytes, original: bytes) -> bytes:
        """The payload as ``hex:`` and digits, upper case if the stored digits were."""
        digits = binascii.hexlify(payload)
        if original[len(PREFIX) :].isupper():
            digits = digits.upper()
        return PREFIX + digits
