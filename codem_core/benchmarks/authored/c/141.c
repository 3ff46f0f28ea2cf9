//@@ header
#include <stdio.h>
#include <string.h>
//@@ helpers
//@@ doc_append
The result is a string constant; the caller does not free it.
//@@ signature
const char* file_name_check(const char* file_name) {
//@@ solution
    int num_digit = 0, num_dot = 0;
    int length = strlen(file_name);
    if (length < 5) return "No";
    char w = file_name[0];
    if (w < 'A' || (w > 'Z' && w < 'a') || w > 'z') return "No";
    const char* last = file_name + length - 4;
    if (strcmp(last, ".txt") != 0 && strcmp(last, ".exe") != 0 && strcmp(last, ".dll") != 0) return "No";
    for (int i = 0; i < length; i++) {
        if (file_name[i] >= '0' && file_name[i] <= '9') num_digit++;
        if (file_name[i] == '.') num_dot++;
    }
    if (num_digit > 3 || num_dot != 1) return "No";
    return "Yes";
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(strcmp(file_name_check("example.txt"), "Yes") == 0);
    }
    {
        assert(strcmp(file_name_check("1example.dll"), "No") == 0);
    }
    {
        assert(strcmp(file_name_check("s1sdf3.asd"), "No") == 0);
    }
    {
        assert(strcmp(file_name_check("K.dll"), "Yes") == 0);
    }
    {
        assert(strcmp(file_name_check("MY16FILE3.exe"), "Yes") == 0);
    }
    {
        assert(strcmp(file_name_check("His12FILE94.exe"), "No") == 0);
    }
    {
        assert(strcmp(file_name_check("_Y.txt"), "No") == 0);
    }
    {
        assert(strcmp(file_name_check("?aREYA.exe"), "No") == 0);
    }
    {
        assert(strcmp(file_name_check("/this_is_valid.dll"), "No") == 0);
    }
    {
        assert(strcmp(file_name_check("this_is_valid.wow"), "No") == 0);
    }
    {
        assert(strcmp(file_name_check("this_is_valid.txt"), "Yes") == 0);
    }
    {
        assert(strcmp(file_name_check("this_is_valid.txtexe"), "No") == 0);
    }
    {
        assert(strcmp(file_name_check("#this2_i4s_5valid.ten"), "No") == 0);
    }
    {
        assert(strcmp(file_name_check("@this1_is6_valid.exe"), "No") == 0);
    }
    {
        assert(strcmp(file_name_check("this_is_12valid.6exe4.txt"), "No") == 0);
    }
    {
        assert(strcmp(file_name_check("all.exe.txt"), "No") == 0);
    }
    {
        assert(strcmp(file_name_check("I563_No.exe"), "Yes") == 0);
    }
    {
        assert(strcmp(file_name_check("Is3youfault.txt"), "Yes") == 0);
    }
    {
        assert(strcmp(file_name_check("no_one#knows.dll"), "Yes") == 0);
    }
    {
        assert(strcmp(file_name_check("1I563_Yes3.exe"), "No") == 0);
    }
    {
        assert(strcmp(file_name_check("I563_Yes3.txtt"), "No") == 0);
    }
    {
        assert(strcmp(file_name_check("final..txt"), "No") == 0);
    }
    {
        assert(strcmp(file_name_check("final132"), "No") == 0);
    }
    {
        assert(strcmp(file_name_check("_f4indsartal132."), "No") == 0);
    }
    {
        assert(strcmp(file_name_check(".txt"), "No") == 0);
    }
    {
        assert(strcmp(file_name_check("s."), "No") == 0);
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
        assert(strcmp(file_name_check("example.txt"), "Yes") == 0);
    }
    {
        assert(strcmp(file_name_check("1example.dll"), "No") == 0);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed file_name_check.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
