//@@ header
#include <stdio.h>
//@@ helpers
//@@ doc_append
//@@ signature
int x_or_y(int n, int x, int y) {
//@@ solution
    int isp = 1;
    if (n < 2) isp = 0;
    for (int i = 2; i * i <= n; i++) {
        if (n % i == 0) isp = 0;
    }
    if (isp) return x;
    return y;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(x_or_y(7, 34, 12) == 34);
    }
    {
        assert(x_or_y(15, 8, 5) == 5);
    }
    {
        assert(x_or_y(3, 33, 5212) == 33);
    }
    {
        assert(x_or_y(1259, 3, 52) == 3);
    }
    {
        assert(x_or_y(7919, -1, 12) == -1);
    }
    {
        assert(x_or_y(3609, 1245, 583) == 583);
    }
    {
        assert(x_or_y(91, 56, 129) == 129);
    }
    {
        assert(x_or_y(6, 34, 1234) == 1234);
    }
    {
        assert(x_or_y(1, 2, 0) == 0);
    }
    {
        assert(x_or_y(2, 2, 0) == 2);
    }
    return 0;
}
//@@ example_test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(x_or_y(7, 34, 12) == 34);
    }
    {
        assert(x_or_y(15, 8, 5) == 5);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed x_or_y.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
