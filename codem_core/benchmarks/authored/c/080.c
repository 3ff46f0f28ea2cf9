//@@ header
#include <string.h>
#include <stdbool.h>
//@@ helpers
//@@ doc_append
//@@ signature
bool is_happy(const char* s) {
//@@ solution
    if (strlen(s) < 3) return false;
    for (int i = 2; i < strlen(s); i++)
        if (s[i] == s[i-1] || s[i] == s[i-2]) return false;
    return true;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(is_happy("a") == 0);
    }
    {
        assert(is_happy("aa") == 0);
    }
    {
        assert(is_happy("abcd") == 1);
    }
    {
        assert(is_happy("aabb") == 0);
    }
    {
        assert(is_happy("adb") == 1);
    }
    {
        assert(is_happy("xyy") == 0);
    }
    {
        assert(is_happy("iopaxpoi") == 1);
    }
    {
        assert(is_happy("iopaxioi") == 0);
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
        assert(is_happy("a") == 0);
    }
    {
        assert(is_happy("aa") == 0);
    }
    {
        assert(is_happy("abcd") == 1);
    }
    {
        assert(is_happy("aabb") == 0);
    }
    {
        assert(is_happy("adb") == 1);
    }
    {
        assert(is_happy("xyy") == 0);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed is_happy.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
