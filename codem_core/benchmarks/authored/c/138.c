//@@ header
#include <stdio.h>
//@@ helpers
//@@ doc_append
//@@ signature
int is_equal_to_sum_even(int n) {
//@@ solution
    if (n % 2 == 0 && n >= 8) return 1;
    return 0;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(is_equal_to_sum_even(4) == 0);
    }
    {
        assert(is_equal_to_sum_even(6) == 0);
    }
    {
        assert(is_equal_to_sum_even(8) == 1);
    }
    {
        assert(is_equal_to_sum_even(10) == 1);
    }
    {
        assert(is_equal_to_sum_even(11) == 0);
    }
    {
        assert(is_equal_to_sum_even(12) == 1);
    }
    {
        assert(is_equal_to_sum_even(13) == 0);
    }
    {
        assert(is_equal_to_sum_even(16) == 1);
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
        assert(is_equal_to_sum_even(4) == 0);
    }
    {
        assert(is_equal_to_sum_even(6) == 0);
    }
    {
        assert(is_equal_to_sum_even(8) == 1);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed is_equal_to_sum_even.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
