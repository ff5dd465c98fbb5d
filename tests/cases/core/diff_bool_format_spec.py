for spec in [' ', '', '>5', 'd', '+', 'x', '.2f', '<6', '^7', 's', '05', ',']:
    for v in [True, False]:
        try: print(repr(format(v, spec)), repr(f'{v:{spec}}'))
        except Exception as e: print(type(e).__name__, e)
