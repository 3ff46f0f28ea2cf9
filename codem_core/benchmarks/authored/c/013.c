//@@ header
#include <stdio.h>
//@@ helpers
//@@ doc_append
//@@ signature
int greatest_common_divisor(int a, int b) {
//@@ solution
    while (b != 0) {
        int m = a % b;
        a = b;
        b = m;
    }
    return a;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(greatest_common_divisor(3, 7) == 1);
    }
    {
        assert(greatest_common_divisor(10, 15) == 5);
    }
    {
        assert(greatest_common_divisor(49, 14) == 7);
    }
    {
        assert(greatest_common_divisor(144, 60) == 12);
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
        assert(greatest_common_divisor(3, 5) == 1);
    }
    {
        assert(greatest_common_divisor(25, 15) == 5);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed greatest_common_divisor.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
