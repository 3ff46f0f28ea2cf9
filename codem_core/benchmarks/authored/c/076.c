//@@ header
#include <stdio.h>
//@@ helpers
//@@ doc_append
//@@ signature
int is_simple_power(int x, int n) {
//@@ solution
    int p = 1, count = 0;
    while (p <= x && count < 100) {
        if (p == x) return 1;
        p = p * n; count += 1;
    }
    return 0;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(is_simple_power(1, 4) == 1);
    }
    {
        assert(is_simple_power(2, 2) == 1);
    }
    {
        assert(is_simple_power(8, 2) == 1);
    }
    {
        assert(is_simple_power(3, 2) == 0);
    }
    {
        assert(is_simple_power(3, 1) == 0);
    }
    {
        assert(is_simple_power(5, 3) == 0);
    }
    {
        assert(is_simple_power(16, 2) == 1);
    }
    {
        assert(is_simple_power(143214, 16) == 0);
    }
    {
        assert(is_simple_power(4, 2) == 1);
    }
    {
        assert(is_simple_power(9, 3) == 1);
    }
    {
        assert(is_simple_power(16, 4) == 1);
    }
    {
        assert(is_simple_power(24, 2) == 0);
    }
    {
        assert(is_simple_power(128, 4) == 0);
    }
    {
        assert(is_simple_power(12, 6) == 0);
    }
    {
        assert(is_simple_power(1, 1) == 1);
    }
    {
        assert(is_simple_power(1, 12) == 1);
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
        assert(is_simple_power(1, 4) == 1);
    }
    {
        assert(is_simple_power(2, 2) == 1);
    }
    {
        assert(is_simple_power(8, 2) == 1);
    }
    {
        assert(is_simple_power(3, 2) == 0);
    }
    {
        assert(is_simple_power(3, 1) == 0);
    }
    {
        assert(is_simple_power(5, 3) == 0);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed is_simple_power.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
