-- The sample data of the sales-dashboard example: 240 order lines over four regions and five products.
create table orders (
    order_id   integer primary key,
    region     text           not null,
    product    text           not null,
    quantity   integer        not null,
    unit_price numeric(10, 2) not null,
    sold_on    date           not null
);

insert into orders (order_id, region, product, quantity, unit_price, sold_on)
select n,
       (array ['North', 'South', 'East', 'West'])[1 + n % 4],
       (array ['Aspirin', 'Ibuprofen', 'Paracetamol', 'Naproxen', 'Diclofenac'])[1 + n % 5],
       1 + (n * 7) % 20,
       round((2.5 + (n % 9) * 1.25)::numeric, 2),
       date '2026-01-01' + (n % 300)
from generate_series(1, 240) as n;
