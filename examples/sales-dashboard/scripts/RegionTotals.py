#name: RegionTotals
#description: Totals per region of the sales-dashboard example's orders (deploy in a package named Sales)
#language: python
#input: dataframe orders
#output: dataframe totals
totals = orders.assign(revenue=orders['quantity'] * orders['unit_price']) \
    .groupby('region', as_index=False) \
    .agg(orders=('order_id', 'count'), quantity=('quantity', 'sum'), revenue=('revenue', 'sum')) \
    .sort_values('region')
totals['revenue'] = totals['revenue'].round(2)
