//@@ header
#include <stdio.h>
//@@ helpers
//@@ doc_append
//@@ signature
int largest_divisor(int n) {
//@@ solution
    for (int i = 2; i * i <= n; i++)
        if (n % i == 0) return n / i;
    return 1;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(largest_divisor(3) == 1);
    }
    {
        assert(largest_divisor(7) == 1);
    }
    {
        assert(largest_divisor(10) == 5);
    }
    {
        assert(largest_divisor(100) == 50);
    }
    {
        assert(largest_divisor(49) == 7);
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
        assert(largest_divisor(15) == 5);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed largest_divisor.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
