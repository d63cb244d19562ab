"""A desktop stand-in that writes orders into a local store in a loop until it is SIGKILLed.

    python -m tests.crm.writer_process STORE_FILE CUSTOMER_ID START

Prints one line per committed order (its id) so the test knows what was written before the kill.
"""

from __future__ import annotations

import sys

from crm.store import Store


def main() -> None:
    path, customer_id, start = sys.argv[1], sys.argv[2], int(sys.argv[3])
    store = Store(path)
    for n in range(start, start + 100_000):
        order = store.create(
            "orders",
            {
                "customer_id": customer_id,
                "lines": [{"sku": "MC-1002", "quantity": 1}],
                "delivery_address": {"city": "杭州市", "street": f"文一路 {n} 号"},
                "requests": f"order {n}",
            },
        )
        print(order["id"], flush=True)


if __name__ == "__main__":
    main()
